using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;

namespace LangExpand.Core.Annotated;

/// <summary>
/// Reads and writes token/tag TSV as used by XTREME and WikiAnn: one <c>token&lt;TAB&gt;label</c> line per token, a blank
/// line between sentences. Reading streams; a line without exactly two non-empty columns is rejected with file:line.
/// </summary>
public static class TaggedTokenFile
{
    /// <summary>Reads the file at <paramref name="path"/>, lazily.</summary>
    public static IEnumerable<TaggedSentence> Read(string path) => Read(StrictTextReader.ReadLines(path), path);

    /// <summary>Reads <paramref name="stream"/> lazily; <paramref name="sourceName"/> names it in errors.</summary>
    public static IEnumerable<TaggedSentence> Read(Stream stream, string sourceName) => Read(StrictTextReader.ReadLines(stream, sourceName), sourceName);

    /// <summary>Writes sentences, each followed by a blank line.</summary>
    public static void Write(IEnumerable<TaggedSentence> sentences, TextWriter writer)
    {
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence.Tokens)
            {
                writer.Write(token.Token);
                writer.Write('\t');
                writer.Write(token.Label);
                writer.Write('\n');
            }
            writer.Write('\n');
        }
    }

    /// <summary>Writes sentences to <paramref name="path"/> atomically.</summary>
    public static void Write(IEnumerable<TaggedSentence> sentences, string path) => AtomicFile.WriteText(path, writer => Write(sentences, writer));

    private static IEnumerable<TaggedSentence> Read(IEnumerable<TextLine> lines, string source)
    {
        var tokens = new List<TaggedToken>();
        var first = 0;
        foreach (var line in lines)
        {
            if (line.Text.Length == 0)
            {
                if (tokens.Count > 0)
                {
                    yield return new TaggedSentence(tokens.ToArray(), first);
                }
                tokens.Clear();
                continue;
            }
            var columns = line.Text.Split('\t');
            if (columns.Length != 2 || columns[0].Length == 0 || columns[1].Length == 0)
            {
                throw new LangExpandException(ErrorCode.MalformedLine, $"found {columns.Length} column{(columns.Length == 1 ? "" : "s")}",
                    new SourceLocation(source, line.Number), "token<TAB>label with both fields non-empty, or a blank line between sentences");
            }
            first = tokens.Count == 0 ? line.Number : first;
            tokens.Add(new TaggedToken(columns[0], columns[1]));
        }
        if (tokens.Count > 0)
        {
            yield return new TaggedSentence(tokens.ToArray(), first);
        }
    }
}
