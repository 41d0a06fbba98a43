namespace LangExpand.Tagging.Perceptron;

/// <summary>
/// The perceptron's weights while training, with the running sums that give the averaged weights (Collins 2002; the
/// timestamp trick of Honnibal's tagger: a weight's sum is brought up to date only when it changes). Each feature holds
/// a small array of the labels it has weights for (sorted by label), since an update touches only the true and the guessed label.
/// </summary>
internal sealed class AveragingWeights : IFeatureScorer
{
    private Slot[][] _slots = new Slot[1 << 12][];
    private int[] _counts = new int[1 << 12];
    private int _instances;

    /// <inheritdoc />
    public void Score(ReadOnlySpan<int> features, Span<float> scores)
    {
        foreach (var feature in features)
        {
            if (feature < _slots.Length && _slots[feature] is { } slots)
            {
                for (var k = 0; k < _counts[feature]; k++)
                {
                    scores[slots[k].Label] += slots[k].Weight;
                }
            }
        }
    }

    /// <summary>Counts one scored word and, when <paramref name="guess"/> is wrong, moves the weights toward <paramref name="truth"/>.</summary>
    public void Learn(int truth, int guess, ReadOnlySpan<int> features)
    {
        _instances++;
        if (truth == guess)
        {
            return;
        }
        foreach (var feature in features)
        {
            Change(feature, truth, 1);
            Change(feature, guess, -1);
        }
    }

    /// <summary>The averaged weights of each feature id that has any: (feature, label, weight), labels ascending, zeros left out.</summary>
    public IEnumerable<(int Feature, int Label, float Weight)> Averages()
    {
        for (var feature = 0; feature < _slots.Length; feature++)
        {
            foreach (var slot in (_slots[feature] ?? []).Take(_counts[feature]))
            {
                var average = (float)((slot.Total + (_instances - slot.Stamp) * (double)slot.Weight) / Math.Max(1, _instances));
                if (average != 0)
                {
                    yield return (feature, slot.Label, average);
                }
            }
        }
    }

    private void Change(int feature, int label, float delta)
    {
        if (feature >= _slots.Length)
        {
            var size = Math.Max(feature + 1, _slots.Length * 2);
            Array.Resize(ref _slots, size);
            Array.Resize(ref _counts, size);
        }
        var slots = _slots[feature] ??= new Slot[2];
        var k = Find(slots, _counts[feature], label);
        if (k < 0)
        {
            k = ~k;
            if (_counts[feature] == slots.Length)
            {
                Array.Resize(ref _slots[feature], slots.Length * 2);
                slots = _slots[feature];
            }
            Array.Copy(slots, k, slots, k + 1, _counts[feature] - k);
            slots[k] = new Slot { Label = label, Stamp = _instances };
            _counts[feature]++;
        }
        ref var slot = ref slots[k];
        slot.Total += (_instances - slot.Stamp) * (double)slot.Weight;
        slot.Stamp = _instances;
        slot.Weight += delta;
    }

    /// <summary>The position of <paramref name="label"/> among the first <paramref name="count"/> slots (sorted by label), or the complement of where it belongs.</summary>
    private static int Find(Slot[] slots, int count, int label)
    {
        var (low, high) = (0, count - 1);
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (slots[middle].Label == label)
            {
                return middle;
            }
            (low, high) = slots[middle].Label < label ? (middle + 1, high) : (low, middle - 1);
        }
        return ~low;
    }

    private struct Slot
    {
        public int Label;
        public float Weight;
        public double Total;
        public int Stamp;
    }
}
