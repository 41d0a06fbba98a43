using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;

namespace LangExpand.Lexicons.Formats;

/// <summary>
/// Reads lexicon TSV files, streaming: the <see cref="LexiconTsv"/> schema (entries round-trip exactly), any TSV whose
/// first line is a header naming at least <c>source</c> and <c>target</c> (the other schema columns are optional, <c>pos</c>
/// sets both parts of speech, unknown columns are ignored, every line has the header's column count), or plain TSV of two
/// or more columns without a header (source and target first; further columns are ignored). Blank lines are skipped.
/// Missing columns default to score 1, no part of speech or tags, direction <c>both</c>, and provenance this resource and
/// line, imported.
/// </summary>
public static class LexiconTsvReader
{
    /// <summary>Reads the file at <paramref name="path"/>; <paramref name="resource"/> names it in provenance (default: the file name).</summary>
    public static IEnumerable<LexiconEntry> Read(string path, string? resource = null) => Read(StrictTextReader.ReadLines(path), path, resource);

    /// <summary>Reads <paramref name="stream"/>; <paramref name="sourceName"/> names it in errors and, by default, in provenance.</summary>
    public static IEnumerable<LexiconEntry> Read(Stream stream, string sourceName, string? resource = null) =>
        Read(StrictTextReader.ReadLines(stream, sourceName), sourceName, resource);

    private static IEnumerable<LexiconEntry> Read(IEnumerable<TextLine> lines, string source, string? resource)
    {
        var name = ResourceName.Of(source, resource);
        TsvLayout? layout = null;
        foreach (var line in lines.Where(l => l.Text.Length > 0))
        {
            var fields = line.Text.Split('\t');
            var location = new SourceLocation(source, line.Number);
            if (layout is null)
            {
                layout = TsvLayout.FromFirstLine(fields, location);
                if (layout.HasHeader)
                {
                    continue;
                }
            }
            yield return layout.Entry(fields, name, location);
        }
    }
}
