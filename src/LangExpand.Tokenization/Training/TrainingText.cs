using LangExpand.Core.IO;

namespace LangExpand.Tokenization.Training;

/// <summary>Reads training text: plain lines, or one column of a TSV file such as the verse files (<c>id TAB text</c>).</summary>
public static class TrainingText
{
    /// <summary>
    /// The lines of <paramref name="path"/>; with <paramref name="tsvColumn"/> (1-based), that column of each line, and
    /// lines starting with <c>#</c> (comments) or lacking the column are skipped.
    /// </summary>
    public static IEnumerable<string> ReadLines(string path, int? tsvColumn = null) =>
        StrictTextReader.ReadLines(path).Select(l => l.Text)
            .Where(text => tsvColumn is null || !text.StartsWith('#'))
            .Select(text => tsvColumn is { } column ? text.Split('\t').ElementAtOrDefault(column - 1) : text)
            .OfType<string>();
}
