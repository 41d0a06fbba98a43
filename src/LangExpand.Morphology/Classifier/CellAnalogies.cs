namespace LangExpand.Morphology.Classifier;

/// <summary>
/// Analogy from a lemma's own known cells: for a target bundle <c>B2</c> and a known cell <c>(B1, f1)</c> of the lemma, the
/// most frequent edit tree from <c>form(B1)</c> to <c>form(B2)</c> over the training lemmas that have both cells, applied
/// to <c>f1</c>, votes for a form (Icelandic <c>kasta</c>: a lemma whose past shows <c>-aði</c> takes <c>-uðum</c> in the
/// plural). Each known cell gives at most one vote; the classifier scores a candidate tree by the votes its output got
/// (see <see cref="TreeParts"/>). For a training example the counts leave out the example's own pairs of cells, so that
/// training sees the votes a new cell would get.
/// </summary>
internal sealed class CellAnalogies
{
    private readonly KnownCells _known;
    private readonly Dictionary<(string From, string To), (EditTree Tree, int Count)[]> _transforms;

    /// <summary>Counts the form-to-form trees between every two cells of different bundles of each lemma of <paramref name="known"/>.</summary>
    public CellAnalogies(KnownCells known)
    {
        _known = known;
        var counts = new Dictionary<(string, string), Dictionary<EditTree, (int Count, int First)>>();
        foreach (var paradigm in known.Paradigms)
        {
            foreach (var from in paradigm)
            {
                foreach (var to in paradigm.Where(to => to.Bundle != from.Bundle))
                {
                    var key = (from.Bundle, to.Bundle);
                    var trees = counts.TryGetValue(key, out var found) ? found : counts[key] = [];
                    var tree = EditTreeBuilder.Build(from.Form, to.Form);
                    trees[tree] = trees.TryGetValue(tree, out var seen) ? (seen.Count + 1, seen.First) : (1, trees.Count);
                }
            }
        }
        _transforms = counts.ToDictionary(c => c.Key,
            c => c.Value.OrderByDescending(t => t.Value.Count).ThenBy(t => t.Value.First).Select(t => (t.Key, t.Value.Count)).ToArray());
    }

    /// <summary>
    /// The forms the known cells of <paramref name="lemma"/> vote for in <paramref name="bundle"/> (canonical) with their
    /// vote counts, or null when none votes; <paramref name="except"/> is the index of the training example asked about
    /// (−1 at prediction), whose cell neither votes nor counts.
    /// </summary>
    public Dictionary<string, int>? Votes(string lemma, string bundle, int except)
    {
        var cells = _known.Of(lemma);
        var own = cells.FirstOrDefault(c => c.Index == except)?.Form;
        Dictionary<string, int>? votes = null;
        foreach (var cell in cells)
        {
            if (cell.Index == except || !_transforms.TryGetValue((cell.Bundle, bundle), out var trees))
            {
                continue;
            }
            var ownTree = own is null ? null : EditTreeBuilder.Build(cell.Form, own);
            var (best, most) = ((EditTree?)null, 0);
            foreach (var (tree, count) in trees.TakeWhile(t => t.Count > most))
            {
                var left = tree == ownTree ? count - 1 : count;
                if (left > most && tree.AppliesTo(cell.Form))
                {
                    (best, most) = (tree, left);
                }
            }
            if (best?.Apply(cell.Form) is { } form)
            {
                votes ??= new Dictionary<string, int>(StringComparer.Ordinal);
                votes[form] = votes.GetValueOrDefault(form) + 1;
            }
        }
        return votes;
    }
}
