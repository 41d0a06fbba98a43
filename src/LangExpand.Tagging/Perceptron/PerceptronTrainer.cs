using LangExpand.Core.Annotated;

namespace LangExpand.Tagging.Perceptron;

/// <summary>
/// Trains the greedy averaged perceptron (Collins 2002; Honnibal's "200 lines of Python" recipe): every epoch visits the
/// sentences in an order shuffled by <see cref="System.Random"/> seeded once with the seed, tags each sentence greedily
/// with the current weights (the previous labels are the predicted ones) and updates on every wrong guess. Words of the
/// tag dictionary are neither scored nor learnt from. Single-threaded: the same data and seed give the same model.
/// </summary>
internal static class PerceptronTrainer
{
    public static AveragedPerceptronTagger Train(IReadOnlyList<TaggedSentence> sentences, PeerTaggerOptions options)
    {
        var labels = sentences.SelectMany(s => s.Tokens).Select(t => t.Label).Distinct().Order(StringComparer.Ordinal).ToArray();
        var index = labels.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i, StringComparer.Ordinal);
        var dictionary = TagDictionary(sentences);
        var known = dictionary.ToDictionary(entry => entry.Key, entry => index[entry.Value], StringComparer.Ordinal);
        var table = FeatureTable.Growing();
        var examples = sentences.Select(s => (Encoded: PerceptronModel.Encode([.. s.Tokens.Select(t => t.Token)], table, known),
            Gold: s.Tokens.Select(t => index[t.Label]).ToArray())).ToArray();
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

    private static Dictionary<string, string> TagDictionary(IReadOnlyList<TaggedSentence> sentences)
    {
        var counts = new LabelCounts();
        foreach (var token in sentences.SelectMany(s => s.Tokens))
        {
            counts.Add(token.Token, token.Label);
        }
        return counts.Best()
            .Where(best => best.Total >= PerceptronModel.TagDictionaryMinCount && best.Count >= PerceptronModel.TagDictionaryMinShare * best.Total)
            .ToDictionary(best => best.Key, best => best.Label, StringComparer.Ordinal);
    }

    /// <summary>Learns from each guess against the gold labels of the sentence being tagged.</summary>
    private sealed class Teacher(AveragingWeights weights) : IGuessObserver
    {
        public int[] Gold { get; set; } = [];

        public void Observe(int position, ReadOnlySpan<int> features, int guess) => weights.Learn(Gold[position], guess, features);
    }
}
