namespace LangExpand.Tagging;

/// <summary>How often each label was seen with each key (a word, a suffix); the most frequent label wins, ties ordinal.</summary>
internal sealed class LabelCounts
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts = new(StringComparer.Ordinal);

    /// <summary>Counts one occurrence of <paramref name="label"/> with <paramref name="key"/>.</summary>
    public void Add(string key, string label)
    {
        if (!_counts.TryGetValue(key, out var labels))
        {
            _counts[key] = labels = new Dictionary<string, int>(StringComparer.Ordinal);
        }
        labels[label] = labels.GetValueOrDefault(label) + 1;
    }

    /// <summary>Each key with its most frequent label (ties: the ordinally first), that label's count and the key's total.</summary>
    public IEnumerable<(string Key, string Label, int Count, int Total)> Best() => _counts.Select(entry =>
    {
        var top = entry.Value.Values.Max();
        var best = entry.Value.Where(pair => pair.Value == top).Select(pair => pair.Key).Min(StringComparer.Ordinal)!;
        return (entry.Key, best, entry.Value[best], entry.Value.Values.Sum());
    });
}
