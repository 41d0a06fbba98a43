using LangExpand.Core.Diagnostics;
using LangExpand.Core.Features;
using LangExpand.Core.Inflection;
using LangExpand.Core.IO;

namespace LangExpand.Morphology.Data;

/// <summary>
/// Reads UniMorph and SIGMORPHON inflection files of any year. The dialect is detected from the file name and content
/// (see <see cref="InflectionFormatDetector"/>) unless given. Fields are kept exactly — spaces inside lemmas and forms,
/// raw Unicode — except that a CR before LF is dropped. Malformed lines are rejected with file:line and what was expected.
/// </summary>
public static class InflectionReader
{
    /// <summary>
    /// The longest lemma or form accepted, in UTF-16 code units: 1024, far beyond any real word or multi-word lemma. The
    /// aligners and rule learners are quadratic in word length, so a longer field is refused with the file and line
    /// instead of exhausting memory.
    /// </summary>
    public const int MaxWordLength = 1024;

    /// <summary>Reads the file at <paramref name="path"/>; <paramref name="format"/> forces a dialect.</summary>
    public static InflectionDataset Read(string path, InflectionFormat? format = null) =>
        Read(StrictTextReader.ReadLines(path), path, format);

    /// <summary>Reads <paramref name="stream"/>; <paramref name="sourceName"/> names it in errors and helps detection.</summary>
    public static InflectionDataset Read(Stream stream, string sourceName, InflectionFormat? format = null) =>
        Read(StrictTextReader.ReadLines(stream, sourceName), sourceName, format);

    private static InflectionDataset Read(IEnumerable<TextLine> lines, string source, InflectionFormat? format)
    {
        var rows = new List<(TextLine Line, string[] Columns, int BlankLinesBefore)>();
        int blanks = 0, terminatorsWithCr = 0;
        var endsWithNewline = true;
        foreach (var line in lines)
        {
            terminatorsWithCr += line.Terminator == "\r\n" ? 1 : 0;
            endsWithNewline = line.Terminator.Length > 0;
            if (line.Text.Length == 0)
            {
                blanks++;
                continue;
            }
            rows.Add((line, line.Text.Split('\t'), blanks));
            blanks = 0;
        }
        var dialect = format ?? InflectionFormatDetector.Detect(source, rows.Select(r => r.Columns).ToList());
        var expectedColumns = rows.Count > 0 ? rows[0].Columns.Length : 0;
        var bundles = new Dictionary<string, FeatureBundle>(StringComparer.Ordinal);
        var records = rows.Select(r => Parse(r.Line, r.Columns, dialect, source, expectedColumns, r.BlankLinesBefore, bundles)).ToList();
        var terminator = terminatorsWithCr > 0 && terminatorsWithCr * 2 >= rows.Count ? "\r\n" : "\n";
        return new InflectionDataset(dialect, records, source, terminator, endsWithNewline, blanks);
    }

    private static InflectionRecord Parse(TextLine line, string[] columns, InflectionFormat format, string source, int expectedColumns, int blanksBefore,
        Dictionary<string, FeatureBundle> bundles)
    {
        var location = new SourceLocation(source, line.Number);
        CheckColumnCount(columns.Length, format, expectedColumns, location);
        var lemma = columns[0];
        var (featureText, featureColumn) = columns.Length == 2 || format.Order == ColumnOrder.LemmaFeaturesForm ? (columns[1], 2) : (columns[2], 3);
        string? form = columns.Length == 2 ? null : format.Order == ColumnOrder.LemmaFeaturesForm ? columns[2] : columns[1];
        if (lemma.Length == 0)
        {
            throw new LangExpandException(ErrorCode.MalformedLine, "empty lemma in column 1", location, $"{format.Columns} ({format.Name})");
        }
        if (lemma.Length > MaxWordLength || form?.Length > MaxWordLength)
        {
            var (what, length) = lemma.Length > MaxWordLength ? ("lemma", lemma.Length) : ("form", form!.Length);
            throw new LangExpandException(ErrorCode.MalformedLine, $"{what} of {length} characters", location,
                $"lemmas and forms of at most {MaxWordLength} characters (InflectionReader.MaxWordLength)");
        }
        if (!bundles.TryGetValue(featureText, out var features) && !TryParseInto(bundles, featureText, out features, out var error))
        {
            throw new LangExpandException(ErrorCode.InvalidFeatureSyntax, $"column {featureColumn}: {error}", location,
                $"UniMorph features such as V;PST;3;SG in column {featureColumn} ({format.Columns}, {format.Name})");
        }
        return new InflectionRecord(new InflectionTriple(lemma, features, form), line.Number, columns.Skip(3).ToArray(), blanksBefore);
    }

    /// <summary>Parses a feature string once per file; bundles are immutable, so records share them.</summary>
    private static bool TryParseInto(Dictionary<string, FeatureBundle> bundles, string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FeatureBundle? bundle, out string? error)
    {
        if (!FeatureBundle.TryParse(text, out bundle, out error))
        {
            return false;
        }
        bundles[text] = bundle;
        return true;
    }

    private static void CheckColumnCount(int count, InflectionFormat format, int expected, SourceLocation location)
    {
        var fits = format.AllowsExtraColumns ? count >= 3 : count == expected && count is 2 or 3;
        if (!fits)
        {
            var wanted = format.AllowsExtraColumns ? $"3 or more tab-separated columns ({format.Columns}, {format.Name})"
                : expected == 2 && count != expected ? "2 tab-separated columns as on the first line (lemma<TAB>features, a covered file)"
                : expected == 3 && count != expected ? $"3 tab-separated columns as on the first line ({format.Columns}, {format.Name})"
                : $"2 or 3 tab-separated columns ({format.Columns}; covered files: lemma<TAB>features)";
            throw new LangExpandException(ErrorCode.MalformedLine, $"found {count} column{(count == 1 ? "" : "s")}", location, wanted);
        }
    }
}
