namespace LangExpand.Tagging.Perceptron;

/// <summary>
/// Tags a sentence left to right: a word in the tag dictionary gets its label; any other gets the label with the highest
/// score (ties: the lower index, i.e. the ordinally first label) from its own features and the two labels before it.
/// </summary>
internal sealed class GreedyDecoder(IFeatureScorer weights, HistoryFeatures history, int labels)
{
    private readonly float[] _scores = new float[labels];
    private int[] _features = new int[32];

    /// <summary>
    /// The label indexes of a sentence whose words have the static feature ids <paramref name="statics"/> (-1: unknown)
    /// and tag-dictionary labels <paramref name="known"/> (-1: none); <paramref name="observer"/> sees every scored word.
    /// </summary>
    public int[] Tag(int[][] statics, int[] known, IGuessObserver? observer = null)
    {
        var tagged = new int[statics.Length];
        var (previous, beforePrevious) = (HistoryFeatures.Start, HistoryFeatures.Start2);
        for (var i = 0; i < statics.Length; i++)
        {
            var label = known[i];
            if (label < 0)
            {
                var features = Features(statics[i], previous, beforePrevious);
                label = Best(features);
                observer?.Observe(i, features, label, _scores);
            }
            tagged[i] = label;
            (previous, beforePrevious) = (label, previous);
        }
        return tagged;
    }

    private ReadOnlySpan<int> Features(int[] statics, int previous, int beforePrevious)
    {
        if (_features.Length < statics.Length + 3)
        {
            _features = new int[statics.Length + 3];
        }
        var count = 0;
        foreach (var id in statics)
        {
            if (id >= 0)
            {
                _features[count++] = id;
            }
        }
        count += history.Write(previous, beforePrevious, _features.AsSpan(count));
        return _features.AsSpan(0, count);
    }

    private int Best(ReadOnlySpan<int> features)
    {
        Array.Clear(_scores);
        weights.Score(features, _scores);
        var best = 0;
        for (var label = 1; label < _scores.Length; label++)
        {
            if (_scores[label] > _scores[best])
            {
                best = label;
            }
        }
        return best;
    }
}
