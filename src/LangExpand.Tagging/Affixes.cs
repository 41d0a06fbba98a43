namespace LangExpand.Tagging;

/// <summary>Prefixes and suffixes of words that never cut a surrogate pair in two (the cut moves outward instead).</summary>
internal static class Affixes
{
    /// <summary>The first <paramref name="length"/> UTF-16 units of <paramref name="word"/> (the whole word when it is shorter).</summary>
    public static string Prefix(string word, int length)
    {
        var end = Math.Min(length, word.Length);
        return word[..(end < word.Length && char.IsLowSurrogate(word[end]) ? end + 1 : end)];
    }

    /// <summary>The last <paramref name="length"/> UTF-16 units of <paramref name="word"/> (the whole word when it is shorter).</summary>
    public static string Suffix(string word, int length)
    {
        var start = Math.Max(0, word.Length - length);
        return word[(start > 0 && char.IsLowSurrogate(word[start]) ? start - 1 : start)..];
    }
}
