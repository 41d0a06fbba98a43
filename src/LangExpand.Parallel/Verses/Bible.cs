using LangExpand.Core.Languages;

namespace LangExpand.Parallel.Verses;

/// <summary>A Bible (or part of one) as a list of verses in file order, with what was odd about the file.</summary>
/// <param name="Source">The file path or stream name.</param>
/// <param name="Verses">The verses in file order, empty ones included.</param>
/// <param name="HeaderLanguage">The language the file's header declares, when it declares a known one.</param>
/// <param name="Report">Merged verses, empty verses and doubts about the declared language.</param>
public sealed record Bible(string Source, IReadOnlyList<Verse> Verses, LanguageCode? HeaderLanguage, BibleReadReport Report);

/// <summary>What a Bible reader noticed without failing: the corpus's known quirks.</summary>
/// <param name="EmptyVerses">Ids of verses without text.</param>
/// <param name="MergedVerses">Verses that hold several verses (ids like <c>b.NUM.15.4 15:5</c>).</param>
/// <param name="LanguageNotes">Disagreements between the header's language code, its language name and the expected language.</param>
public sealed record BibleReadReport(IReadOnlyList<string> EmptyVerses, IReadOnlyList<Verse> MergedVerses, IReadOnlyList<string> LanguageNotes)
{
    /// <summary>The report of a list of verses and language notes.</summary>
    public static BibleReadReport Of(IReadOnlyList<Verse> verses, IReadOnlyList<string> languageNotes) =>
        new([.. verses.Where(v => v.Text.Length == 0).Select(v => v.Id)], [.. verses.Where(v => v.IsMerged)], languageNotes)
        {
            RepairedVerses = [.. verses.Where(v => v.Repaired).Select(v => v.Id)],
        };

    /// <summary>Ids of the verses whose C1 control characters were read as Windows-1252.</summary>
    public IReadOnlyList<string> RepairedVerses { get; init; } = [];

    /// <summary>One line per kind of quirk, for people; none when the file was clean.</summary>
    public IEnumerable<string> Lines(string source)
    {
        if (EmptyVerses.Count > 0)
        {
            yield return $"{source}: {EmptyVerses.Count} empty verse(s): {Abbreviate(EmptyVerses)}";
        }
        if (RepairedVerses.Count > 0)
        {
            yield return $"{source}: {RepairedVerses.Count} verse(s) with C1 control characters, read as Windows-1252: {Abbreviate(RepairedVerses)}";
        }
        if (MergedVerses.Count > 0)
        {
            yield return $"{source}: {MergedVerses.Count} merged verse(s): {Abbreviate([.. MergedVerses.Select(v => string.Join('+', v.AllIds))])}";
        }
        foreach (var note in LanguageNotes)
        {
            yield return $"{source}: {note}";
        }
    }

    /// <summary>The first few items of a list, and how many more there are.</summary>
    internal static string Abbreviate(IReadOnlyList<string> items, int shown = 8) =>
        items.Count <= shown ? string.Join(", ", items) : $"{string.Join(", ", items.Take(shown))}, … ({items.Count - shown} more)";
}
