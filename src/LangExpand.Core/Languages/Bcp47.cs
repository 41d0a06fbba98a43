namespace LangExpand.Core.Languages;

/// <summary>Reads the language out of a BCP-47 tag (RFC 5646), with <c>-</c> or <c>_</c> between subtags.</summary>
internal static class Bcp47
{
    /// <summary>
    /// The subtags of <paramref name="text"/> that may name its language, best first: the extended language subtag when
    /// the second subtag has three letters (<c>zh-yue-HK</c> gives <c>yue</c>, then <c>zh</c>), then the primary language
    /// subtag. Empty when the text is not a tag of two or more subtags with a two- or three-letter primary subtag.
    /// </summary>
    public static IReadOnlyList<string> LanguageSubtags(string text)
    {
        var subtags = text.Split('-', '_');
        if (subtags.Length < 2 || !subtags.All(IsSubtag) || !IsLetters(subtags[0], 2, 3))
        {
            return [];
        }
        return IsLetters(subtags[1], 3, 3) ? [subtags[1], subtags[0]] : [subtags[0]];
    }

    private static bool IsSubtag(string subtag) => subtag.Length is >= 1 and <= 8 && subtag.All(char.IsAsciiLetterOrDigit);

    private static bool IsLetters(string subtag, int shortest, int longest) =>
        subtag.Length >= shortest && subtag.Length <= longest && subtag.All(char.IsAsciiLetter);
}
