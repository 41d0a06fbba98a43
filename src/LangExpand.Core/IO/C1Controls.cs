namespace LangExpand.Core.IO;

/// <summary>
/// Repairs text that was decoded as Latin-1 when it was Windows-1252: the C1 control characters U+0080–U+009F become the
/// characters Windows-1252 has at those bytes (U+0092 → ’, U+0096 → –); the five bytes Windows-1252 leaves undefined are
/// dropped. Real corpora (a CES Bible's curly apostrophe) carry such characters, which every strict reader refuses.
/// </summary>
public static class C1Controls
{
    private const string Windows1252 = "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";

    /// <summary>True when <paramref name="text"/> holds a C1 control character.</summary>
    public static bool Any(string text) => text.AsSpan().IndexOfAnyInRange('\u0080', '\u009f') >= 0;

    /// <summary><paramref name="text"/> with each C1 control character replaced by its Windows-1252 character (or dropped).</summary>
    public static string Repair(string text)
    {
        if (!Any(text))
        {
            return text;
        }
        return string.Concat(text.Select(c => c is >= '\u0080' and <= '\u009f' ? Windows1252[c - '\u0080'] : c).Where(c => c != '\0'));
    }
}
