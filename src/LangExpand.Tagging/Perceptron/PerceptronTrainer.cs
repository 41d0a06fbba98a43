using LangExpand.Core.Annotated;

namespace LangExpand.Tagging.Perceptron;

/// <summary>
/// Trains the greedy averaged perceptron (Collins 2002; Honnibal's "200 lines of Python" recipe): every epoch visits the
/// sentences in an order shuffled by <see cref="System.Random"/> seeded once with the seed, tags each sentence greedily
/// with the current weights (the previous labels are the predicted ones) and updates on every wrong guess. Words of the
/// tag dictionary are neither scored nor learnt from. A partial label (<see cref="MorphoLabel.IsPartial"/>) is learnt from
/// only when the guess is outside the labels it allows, toward the best-scoring allowed one (a latent-label perceptron);
/// a word it allows everything for is not learnt from. Single-threaded: the same data and seed give the same model.
/// </summary>
internal static class PerceptronTrainer
{
    public static AveragedPerceptronTagger Train(IReadOnlyList<TaggedSentence> sentences, PeerTaggerOptions options)
    {
        var labels = sentences.SelectMany(s => s.Tokens).Select(t => t.Label).Where(l => !MorphoLabel.IsPartial(l)).Distinct().Order(StringComparer.Ordinal).ToArray();
        var index = labels.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i, StringComparer.Ordinal);
        var allowed = new Dictionary<string, int[]?>(StringComparer.Ordinal);
        int[]? Allowed(string label) => allowed.TryGetValue(label, out var ids) ? ids : allowed[label] = AllowedIds(label, labels);
        var dictionary = TagDictionary(sentences);
        var known = dictionary.ToDictionary(entry => entry.Key, entry => index[entry.Value], StringComparer.Ordinal);
        var table = FeatureTable.Growing();
        var examples = sentences.Select(s => (Encoded: PerceptronModel.Encode([.. s.Tokens.Select(t => t.Token)], table, known),
            Gold: s.Tokens.Select(t => Allowed(t.Label)).ToArray())).ToArray();
        var weights = new AveragingWeights();
        var decoder = new GreedyDecoder(weights, new HistoryFeatures(table, labels), labels.Length);
        var teacher = new Teacher(weights);
        var order = Enumerable.Range(0, examples.Length).ToArray();
        var random = new Random(options.Seed);
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var (encoded, gold) in order.Select(i => examples[i]))
            {
                teacher.Gold = gold;
                decoder.Tag(encoded.Statics, encoded.Known, teacher);
            }
        }
        return new AveragedPerceptronTagger(new PerceptronModel(labels, PerceptronWeights.Average(weights, table), dictionary));
    }

    /// <summary>The label ids <paramref name="label"/> allows; null when it allows every label (nothing to learn).</summary>
    private static int[]? AllowedIds(string label, string[] labels)
    {
        if (label == MorphoLabel.Unknown)
        {
            return null;
        }
        var ids = Enumerable.Range(0, labels.Length).Where(i => MorphoLabel.Allows(label, labels[i])).ToArray();
        return ids.Length == 0 || ids.Length == labels.Length ? null : ids;
    }

    private static Dictionary<string, string> TagDictionary(IReadOnlyList<TaggedSentence> sentences)
    {
        var counts = new LabelCounts();
        foreach (var token in sentences.SelectMany(s => s.Tokens).Where(t => !MorphoLabel.IsPartial(t.Label)))
        {
            counts.Add(token.Token, token.Label);
        }
        return counts.Best()
            .Where(best => best.Total >= PerceptronModel.TagDictionaryMinCount && best.Count >= PerceptronModel.TagDictionaryMinShare * best.Total)
            .ToDictionary(best => best.Key, best => best.Label, StringComparer.Ordinal);
    }

    /// <summary>Learns from each guess against the labels the sentence being tagged allows (null: any).</summary>
    private sealed class Teacher(AveragingWeights weights) : IGuessObserver
    {
        public int[]?[] Gold { get; set; } = [];

        public void Observe(int position, ReadOnlySpan<int> features, int guess, ReadOnlySpan<float> scores) =>
            weights.Learn(Truth(Gold[position], guess, scores), guess, features);

        /// <summary>The guess when it is allowed, otherwise the best-scoring allowed label (ties: the lower id).</summary>
        private static int Truth(int[]? allowed, int guess, ReadOnlySpan<float> scores)
        {
            if (allowed is null || allowed.Contains(guess))
            {
                return guess;
            }
            var best = allowed[0];
            foreach (var label in allowed)
            {
                if (scores[label] > scores[best])
                {
                    best = label;
                }
            }
            return best;
        }
    }
}
