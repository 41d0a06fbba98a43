using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;

namespace LangExpand.Lexicons.Formats;

/// <summary>
/// Reads MUSE bilingual dictionaries (<c>en-es.txt</c>), streaming: one pair a line, source and target word separated by
/// spaces or a tab. Blank lines are skipped; any other line must hold exactly two words. Entries get score 1, direction
/// <c>both</c> and provenance this resource and line.
/// </summary>
public static class MuseReader
{
    private static readonly char[] Separators = [' ', '\t'];

    /// <summary>Reads the file at <paramref name="path"/>; <paramref name="resource"/> names it in provenance (default: the file name).</summary>
    public static IEnumerable<LexiconEntry> Read(string path, string? resource = null) => Read(StrictTextReader.ReadLines(path), path, resource);

    /// <summary>Reads <paramref name="stream"/>; <paramref name="sourceName"/> names it in errors and, by default, in provenance.</summary>
    public static IEnumerable<LexiconEntry> Read(Stream stream, string sourceName, string? resource = null) =>
        Read(StrictTextReader.ReadLines(stream, sourceName), sourceName, resource);

    private static IEnumerable<LexiconEntry> Read(IEnumerable<TextLine> lines, string source, string? resource)
    {
        var name = ResourceName.Of(source, resource);
        foreach (var line in lines)
        {
            var words = line.Text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }
            if (words.Length != 2)
            {
                throw new LangExpandException(ErrorCode.MalformedLine, $"found {words.Length} words", new SourceLocation(source, line.Number),
                    "a MUSE line: source word, space or tab, target word");
            }
            yield return LexiconEntry.Imported(new LexiconSide(words[0]), new LexiconSide(words[1]), new LexiconProvenance(name, line.Number));
        }
    }
}
