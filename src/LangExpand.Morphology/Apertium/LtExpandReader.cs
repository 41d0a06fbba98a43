using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;

namespace LangExpand.Morphology.Apertium;

/// <summary>
/// Reads the output of <c>lt-expand</c> on an Apertium monolingual dictionary: one entry a line, <c>form:lemma&lt;tags&gt;</c>.
/// Entries marked <c>form:&gt;:lexical</c> work only in analysis (left to right: alternative spellings the generator never
/// produces) and are skipped; entries marked <c>form:&lt;:lexical</c> work only in generation and are kept, so the forms
/// are those Apertium generates. The separator is the first colon after the form's first character, so that
/// <c>:::&lt;punct&gt;</c> (the colon itself) reads as form <c>:</c>. Blank lines are ignored.
/// </summary>
public static class LtExpandReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<ApertiumAnalysis> Read(string path) => Read(StrictTextReader.ReadLines(path), path);

    /// <summary>Reads <paramref name="stream"/>; <paramref name="sourceName"/> names it in errors.</summary>
    public static IReadOnlyList<ApertiumAnalysis> Read(Stream stream, string sourceName) => Read(StrictTextReader.ReadLines(stream, sourceName), sourceName);

    private static List<ApertiumAnalysis> Read(IEnumerable<TextLine> lines, string source)
    {
        var analyses = new List<ApertiumAnalysis>();
        foreach (var line in lines.Where(l => l.Text.Length > 0))
        {
            var text = line.Text;
            var separator = text.IndexOf(':', 1);
            var lexical = separator < 0 ? "" : text[(separator + 1)..];
            if (lexical.StartsWith(">:", StringComparison.Ordinal))
            {
                continue;
            }
            lexical = lexical.StartsWith("<:", StringComparison.Ordinal) ? lexical[2..] : lexical;
            if (lexical.Length == 0)
            {
                throw new LangExpandException(ErrorCode.MalformedLine, separator < 0 ? "no colon between form and analysis" : "empty analysis after the colon",
                    new SourceLocation(source, line.Number), "lt-expand output: form:lemma<tags>, form:>:lemma<tags> or form:<:lemma<tags>");
            }
            analyses.Add(new ApertiumAnalysis(text[..separator], lexical));
        }
        return analyses;
    }
}
