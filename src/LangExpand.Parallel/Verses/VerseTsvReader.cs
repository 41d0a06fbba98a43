using System.Text.RegularExpressions;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;
using LangExpand.Core.Languages;

namespace LangExpand.Parallel.Verses;

/// <summary>
/// Reads a Bible in verse TSV: <c>b.GEN.1.1&lt;TAB&gt;text</c> lines, optionally after a first line that is a <c>#</c>
/// comment (the shared corpus names its source there and the header's language as <c>header language code: xyz</c>).
/// An empty text is an empty verse (reported, not an error); a missing tab, an empty id or a repeated id is an error with
/// file:line.
/// </summary>
public static partial class VerseTsvReader
{
    /// <summary>Reads the file at <paramref name="path"/>; <paramref name="expected"/>, when given, is checked against the comment's language.</summary>
    public static Bible Read(string path, LanguageCode? expected = null) => Read(StrictTextReader.ReadLines(path), path, expected);

    /// <summary>Reads <paramref name="stream"/>; <paramref name="name"/> names it in errors and reports.</summary>
    public static Bible Read(Stream stream, string name, LanguageCode? expected = null) => Read(StrictTextReader.ReadLines(stream, name), name, expected);

    private static Bible Read(IEnumerable<TextLine> lines, string name, LanguageCode? expected)
    {
        var verses = new List<Verse>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        string? code = null;
        foreach (var line in lines)
        {
            if (line.Number == 1 && line.Text.StartsWith('#'))
            {
                code = HeaderCode().Match(line.Text) is { Success: true } match ? match.Groups[1].Value : null;
                continue;
            }
            var verse = Parse(line, name);
            foreach (var id in verse.AllIds)
            {
                if (!firstLine.TryAdd(id, line.Number))
                {
                    throw new LangExpandException(ErrorCode.MalformedLine, $"verse id {id} appears again (first on line {firstLine[id]})",
                        new SourceLocation(name, line.Number), "each verse once");
                }
            }
            verses.Add(verse);
        }
        var (language, notes) = HeaderLanguage.Judge(code, null, null, expected);
        return new Bible(name, verses, language, BibleReadReport.Of(verses, notes));
    }

    private static Verse Parse(TextLine line, string name)
    {
        var tab = line.Text.IndexOf('\t');
        if (tab <= 0 || line.Text.IndexOf('\t', tab + 1) >= 0)
        {
            var problem = tab == 0 ? "empty verse id" : tab < 0 ? "no tab" : "more than one tab";
            throw new LangExpandException(ErrorCode.MalformedLine, problem, new SourceLocation(name, line.Number), "verse id<TAB>text");
        }
        var (id, further) = Verse.ParseId(line.Text[..tab]);
        return new Verse(id, line.Text[(tab + 1)..].Trim(), further, line.Number);
    }

    /// <summary>True when <paramref name="line"/> looks like a verse TSV line (<c>b.BOOK.1.1&lt;TAB&gt;…</c>).</summary>
    public static bool LooksLikeVerseLine(string line) => VerseLine().IsMatch(line);

    /// <summary>
    /// True when most of <paramref name="lines"/> (a file's first lines, header removed) start with a verse id: a verse file with
    /// a broken line is still a verse file, and reading it names that line.
    /// </summary>
    public static bool LooksLikeVerseFile(IReadOnlyList<string> lines) => lines.Count > 0 && 2 * lines.Count(LooksLikeVerseLine) > lines.Count;

    [GeneratedRegex(@"header language code:\s*([A-Za-z_-]+)")]
    private static partial Regex HeaderCode();

    [GeneratedRegex(@"^b\.[A-Za-z0-9]+\.\d+\.\d+( \d+:\d+)*\t")]
    private static partial Regex VerseLine();
}
