using LangExpand.Core.Inflection;

namespace LangExpand.Morphology.Classifier;

/// <summary>
/// Trains the edit-script classifier: derives each training pair's edit tree (the classes, in first-seen order), extracts
/// each lemma's hashed features, and runs an averaged perceptron that, for each example, picks the best-scoring tree among
/// those seen with its feature bundle that apply to its lemma. Derivation, extraction and applicability tests run in
/// parallel (order kept); the perceptron visits the examples in an order shuffled from <see cref="EditClassifierOptions.Seed"/>,
/// so the same data and options give the same model.
/// </summary>
public static class EditClassifierTrainer
{
    /// <summary>Trains on <paramref name="training"/> (triples without a form are skipped).</summary>
    public static EditClassifierInflector Train(IEnumerable<InflectionTriple> training, EditClassifierOptions? options = null)
    {
        options ??= EditClassifierOptions.Default;
        var pairs = training.Where(t => t.Form is not null).ToList();
        var derived = pairs.AsParallel().AsOrdered().Select(t =>
        {
            var keys = new List<ulong>();
            LemmaFeatures.Extract(t.Lemma, t.Features, options, keys);
            return (Tree: EditTreeBuilder.Build(t.Lemma, t.Form!), Keys: keys);
        }).ToList();

        var classes = new Dictionary<EditTree, int>();
        var trees = new List<EditTree>();
        var gold = new int[pairs.Count];
        for (var i = 0; i < pairs.Count; i++)
        {
            var (tree, keys) = derived[i];
            if (!classes.TryGetValue(tree, out var label))
            {
                label = classes[tree] = trees.Count;
                trees.Add(tree);
            }
            gold[i] = label;
        }

        var candidates = CandidateIndex.Build(pairs.Select((t, i) => (t.Features, gold[i])), trees.Count);
        var examples = pairs.AsParallel().AsOrdered().Select((t, i) => new Example(derived[i].Keys.ToArray(), gold[i],
            candidates.For(t.Features).First().Where(tree => trees[tree].AppliesTo(t.Lemma)).ToArray())).ToArray();
        var (parts, _) = TreeParts.Index(trees);
        var perceptron = Fit(examples, parts, options);
        return new EditClassifierInflector(trees, candidates, perceptron.Averaged(), options);
    }

    private static AveragedPerceptron Fit(Example[] examples, int[][] parts, EditClassifierOptions options)
    {
        var perceptron = new AveragedPerceptron(options.HashBits);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, examples.Length).ToArray();
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var (features, gold, applicable) = examples[index];
                if (applicable.Length > 1)
                {
                    var predicted = CandidateIndex.Best(applicable, _ => true, tree => perceptron.Score(features, parts[tree]));
                    if (predicted != gold)
                    {
                        perceptron.Update(features, parts[gold], parts[predicted]);
                    }
                }
                perceptron.Tick();
            }
        }
        return perceptron;
    }

    /// <summary>A training example: its feature ids, its tree, and the candidate trees that apply to its lemma (gold among them).</summary>
    private sealed record Example(ulong[] Features, int Gold, int[] Applicable);
}
