using System.Text.RegularExpressions;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;
using LangExpand.Core.Languages;

namespace LangExpand.Parallel.Verses;

/// <summary>
/// Reads a Bible exported by SWORD's <c>diatheke -f plain</c> (English locale): one <c>Book C:V: text</c> line per verse
/// (indented after a heading), psalm titles and section headings on the line before the verse they head (dropped; diatheke
/// 1.9 repeats the last title before every later verse), blank lines, and the module name in parentheses on the last
/// line. Verses get the corpus ids of <see cref="SwordBookNames"/> (<c>Psalms 3:1</c> → <c>b.PSA.3.1</c>). An unknown book,
/// a repeated verse, a line that is neither verse nor heading, or a missing module line is an error with file:line.
/// </summary>
public static partial class DiathekePlainReader
{
    /// <summary>Reads the export at <paramref name="path"/>; <paramref name="language"/>, when given, becomes the Bible's language.</summary>
    public static Bible Read(string path, LanguageCode? language = null) => Read(StrictTextReader.ReadLines(path), path, language);

    /// <summary>Reads an export from <paramref name="stream"/>; <paramref name="name"/> names it in errors.</summary>
    public static Bible Read(Stream stream, string name, LanguageCode? language = null) => Read(StrictTextReader.ReadLines(stream, name), name, language);

    private static Bible Read(IEnumerable<TextLine> lines, string name, LanguageCode? language)
    {
        var verses = new List<Verse>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        TextLine? pending = null;
        var moduleSeen = false;
        foreach (var line in lines)
        {
            if (moduleSeen && line.Text.Trim().Length > 0)
            {
                throw Malformed(name, line.Number, "text after the module line", "the module name in parentheses as the last line");
            }
            if (VerseLine().Match(line.Text) is { Success: true } match)
            {
                verses.Add(ParseVerse(match, line.Number, name, seen));
                pending = null;
            }
            else if (line.Text.Trim().Length == 0)
            {
                CheckNoPendingHeading(pending, name);
            }
            else
            {
                CheckNoPendingHeading(pending, name);
                if (ModuleLine().IsMatch(line.Text))
                {
                    moduleSeen = true;
                    continue;
                }
                pending = line;
            }
        }
        CheckNoPendingHeading(pending, name);
        if (!moduleSeen)
        {
            throw Malformed(name, 0, "no module line at the end (the export was cut short?)", "diatheke's last line, the module name in parentheses, e.g. (engKJV2006eb)");
        }
        return new Bible(name, verses, language, BibleReadReport.Of(verses, []));
    }

    private static Verse ParseVerse(Match match, int lineNumber, string name, Dictionary<string, int> seen)
    {
        var book = match.Groups["book"].Value;
        var code = SwordBookNames.Code(book)
            ?? throw Malformed(name, lineNumber, $"unknown book '{book}'", "an English SWORD book name (diatheke's default locale), e.g. Genesis or I Samuel");
        var id = $"b.{code}.{match.Groups["chapter"].Value}.{match.Groups["verse"].Value}";
        if (!seen.TryAdd(id, lineNumber))
        {
            throw Malformed(name, lineNumber, $"verse {book} {match.Groups["chapter"].Value}:{match.Groups["verse"].Value} appears again (first on line {seen[id]})", "each verse once");
        }
        var text = Whitespace().Replace(match.Groups["text"].Value, " ").Trim();
        return new Verse(id, text, [], lineNumber);
    }

    /// <summary>A heading must be followed directly by the verse it heads.</summary>
    private static void CheckNoPendingHeading(TextLine? pending, string name)
    {
        if (pending is { } heading)
        {
            throw Malformed(name, heading.Number, "a line that is neither a verse nor directly followed by one",
                "'Book C:V: text' lines, each optionally preceded by one heading line");
        }
    }

    private static LangExpandException Malformed(string name, int line, string problem, string expected) =>
        new(ErrorCode.MalformedLine, problem, new SourceLocation(name, line), expected);

    [GeneratedRegex(@"^\s*(?<book>(?:I{1,3} )?[A-Z][A-Za-z ]*?) (?<chapter>\d+):(?<verse>\d+):(?: (?<text>.*))?$")]
    private static partial Regex VerseLine();

    [GeneratedRegex(@"^\([^()\s]+\)\s*$")]
    private static partial Regex ModuleLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
