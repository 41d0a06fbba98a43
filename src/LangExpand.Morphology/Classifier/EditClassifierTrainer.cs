using LangExpand.Core.Inflection;

namespace LangExpand.Morphology.Classifier;

/// <summary>
/// Trains the edit-script classifier: derives each training pair's edit tree (the classes, in first-seen order), extracts
/// each lemma's hashed features, and runs averaged perceptrons that, for each example, pick the best-scoring tree among
/// those seen with its feature bundle that apply to its lemma. With <see cref="EditClassifierOptions.UseKnownCells"/>, an
/// example's features include its lemma's other training cells (never its own), as a lemma's known cells are at prediction;
/// half of the examples see none, as a new lemma at prediction. Derivation, extraction and the ensemble members run in
/// parallel; each member visits the examples in an order shuffled from its own seed and the members' weights are summed in
/// member order, so the same data and options give the same model.
/// </summary>
public static class EditClassifierTrainer
{
    /// <summary>Trains on <paramref name="training"/> (triples without a form are skipped).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (hash bits 8 to 30, at least one member, affix lengths 0 to <see cref="EditClassifierOptions.AffixLimit"/>, no negative epoch count).</exception>
    public static EditClassifierInflector Train(IEnumerable<InflectionTriple> training, EditClassifierOptions? options = null)
    {
        options ??= EditClassifierOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.HashBits, 8, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.HashBits, 30, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Members, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.Epochs, nameof(options));
        foreach (var affix in (int[])[options.MaxAffix, options.MaxAtomAffix])
        {
            ArgumentOutOfRangeException.ThrowIfNegative(affix, nameof(options));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(affix, EditClassifierOptions.AffixLimit, nameof(options));
        }
        var pairs = training.Where(t => t.Form is not null).ToList();
        var known = options.UseKnownCells ? new KnownCells(pairs) : null;
        var derived = pairs.AsParallel().AsOrdered().Select((t, i) =>
        {
            var keys = new List<ulong>();
            LemmaFeatures.Extract(t.Lemma, t.Features, options, keys);
            if (Sees(known, i))
            {
                known!.AddFeatures(t.Lemma, t.Features.ToCanonicalString(), i, keys);
            }
            return (Tree: EditTreeBuilder.Build(t.Lemma, t.Form!), Keys: keys.ToArray());
        }).ToList();

        var classes = new Dictionary<EditTree, int>();
        var trees = new List<EditTree>();
        var gold = derived.Select(d => classes.TryGetValue(d.Tree, out var label) ? label : Add(d.Tree, classes, trees)).ToArray();
        var candidates = CandidateIndex.Build(pairs.Select((t, i) => (t.Features, gold[i])), trees.Count);
        var parts = new TreeParts(trees);
        var examples = pairs.AsParallel().AsOrdered()
            .Select((t, i) => new Example(derived[i].Keys, gold[i],
                parts.Candidates(candidates.For(t.Features).First(), t.Lemma, Sees(known, i) ? known!.Analogies.Votes(t.Lemma, t.Features.ToCanonicalString(), i) : null)))
            .ToArray();

        var members = Enumerable.Range(0, options.Members).AsParallel().AsOrdered()
            .Select(member => Fit(examples, options, options.Seed + member))
            .ToList();
        var weights = members[0];
        foreach (var member in members.Skip(1))
        {
            for (var slot = 0; slot < weights.Length; slot++)
            {
                weights[slot] += member[slot];
            }
        }
        return new EditClassifierInflector(trees, candidates, weights, options, known);
    }

    /// <summary>
    /// Whether example <paramref name="index"/> sees its lemma's other cells: half of the examples (by a hash of the index,
    /// not its parity, which would hide one bundle of data sorted by lemma) do not, so that the weights of the lemma's own
    /// letters are trained for lemmas with no known cells too (without this, 2023's lemma-disjoint dev macro fell from
    /// 82.04 to 52.78).
    /// </summary>
    private static bool Sees(KnownCells? known, int index) => known is not null && WeightTable.Slot((ulong)index, 0, 1) == 0;

    private static int Add(EditTree tree, Dictionary<EditTree, int> classes, List<EditTree> trees)
    {
        classes[tree] = trees.Count;
        trees.Add(tree);
        return trees.Count - 1;
    }

    /// <summary>One ensemble member: an averaged perceptron trained from <paramref name="seed"/>; returns its averaged weights.</summary>
    private static float[] Fit(Example[] examples, EditClassifierOptions options, int seed)
    {
        var perceptron = new AveragedPerceptron(options.HashBits);
        var random = new Random(seed);
        var order = Enumerable.Range(0, examples.Length).ToArray();
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var (features, gold, applicable) = examples[index];
                if (applicable.Count > 1)
                {
                    var (predicted, _) = applicable.Best(perceptron.Weights, features, options.HashBits);
                    if (predicted != gold)
                    {
                        perceptron.Update(features, applicable.PartsOf(gold), applicable.PartsOf(predicted));
                    }
                }
                perceptron.Tick();
            }
        }
        return perceptron.Averaged();
    }

    /// <summary>A training example: its feature keys, its tree, and the candidate trees that apply to its lemma (gold among them).</summary>
    private sealed record Example(ulong[] Features, int Gold, CandidateSet Applicable);
}
