namespace LangExpand.Tokenization.Training;

/// <summary>
/// Turns lines into SentencePiece's training words: text split at whitespace (so extra spaces vanish), each word prefixed
/// with <c>▁</c> (the dummy prefix and escaped space), counted, in ordinal order so that training is deterministic.
/// </summary>
internal static class TrainingWords
{
    public const char Space = '\u2581';

    public static (string[] Words, long[] Counts) Count(IEnumerable<string> lines)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            foreach (var word in line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                var key = Space + word;
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        var words = counts.Keys.Order(StringComparer.Ordinal).ToArray();
        return (words, words.Select(w => counts[w]).ToArray());
    }

    /// <summary>Whether <paramref name="end"/> (exclusive) is a boundary between code points of <paramref name="text"/>.</summary>
    public static bool IsBoundary(string text, int end) => end <= 0 || end >= text.Length || !char.IsLowSurrogate(text[end]);

    /// <summary>Number of code points of <paramref name="text"/>.</summary>
    public static int CodePoints(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsLowSurrogate(c) ? 0 : 1;
        }
        return count;
    }
}
