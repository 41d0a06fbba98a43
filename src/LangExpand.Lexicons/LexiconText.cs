namespace LangExpand.Lexicons;

/// <summary>
/// The rules every text field of a lexicon follows so that the lexicon TSV can hold it: no tab, carriage return or line
/// feed anywhere, a non-empty side text, non-empty tags without the tag separator <c>;</c>.
/// </summary>
public static class LexiconText
{
    /// <summary>The separator of tags in one TSV column.</summary>
    public const char TagSeparator = ';';

    /// <summary>True when <paramref name="text"/> holds no tab, carriage return or line feed.</summary>
    public static bool FitsColumn(string text) => text.AsSpan().IndexOfAny('\t', '\r', '\n') < 0;

    /// <summary>True when <paramref name="tag"/> can be a tag: non-empty, fits a column, and has no <see cref="TagSeparator"/>.</summary>
    public static bool IsValidTag(string tag) => tag.Length > 0 && FitsColumn(tag) && !tag.Contains(TagSeparator);

    /// <summary>What is wrong with a side of these fields (an empty part of speech counts as none), or null when they are valid.</summary>
    public static string? Problem(string text, string? pos, IEnumerable<string> tags) =>
        text.Length == 0 ? "empty text"
        : !FitsColumn(text) ? $"text '{text}' holds a tab or line break"
        : !string.IsNullOrEmpty(pos) && !IsValidTag(pos) ? $"part of speech '{pos}' holds a tab, line break or '{TagSeparator}'"
        : tags.FirstOrDefault(tag => !IsValidTag(tag)) is { } tag ? $"tag '{tag}' is empty or holds a tab, line break or '{TagSeparator}'"
        : null;
}
