namespace LangExpand.Synthesis.Labelled;

/// <summary>
/// Values made from text, looked up by span so that a repeated word costs no allocation: the text is copied into a
/// string (and the value made) only the first time it is seen. Bounded: the cache is emptied when it reaches its limit.
/// </summary>
/// <typeparam name="T">The value made from the text.</typeparam>
internal sealed class SpanCache<T>(Func<string, T> make, int limit = 200_000)
{
    private readonly Dictionary<string, T> _values = new(StringComparer.Ordinal);
    private Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> Lookup => _values.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The value for <paramref name="text"/>, made on first sight.</summary>
    public T Get(ReadOnlySpan<char> text)
    {
        if (Lookup.TryGetValue(text, out var value))
        {
            return value;
        }
        if (_values.Count >= limit)
        {
            _values.Clear();
        }
        var key = text.ToString();
        return _values[key] = make(key);
    }
}
