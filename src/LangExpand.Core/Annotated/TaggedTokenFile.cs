using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;

namespace LangExpand.Core.Annotated;

/// <summary>
/// Reads and writes token/tag TSV as used by XTREME and WikiAnn: one <c>token&lt;TAB&gt;label</c> line per token, a blank
/// line between sentences. Reading streams; a line without exactly two non-empty columns is rejected with file:line
/// (<see cref="ReadTokens(string)"/> also accepts a token alone, for text to be labelled).
/// </summary>
public static class TaggedTokenFile
{
    /// <summary>Reads the file at <paramref name="path"/>, lazily.</summary>
    public static IEnumerable<TaggedSentence> Read(string path) => Read(StrictTextReader.ReadLines(path), path, labelsRequired: true);

    /// <summary>
    /// Reads the file at <paramref name="path"/> lazily, accepting <c>token</c> lines without a label as well (their
    /// <see cref="TaggedToken.Label"/> is empty).
    /// </summary>
    public static IEnumerable<TaggedSentence> ReadTokens(string path) => Read(StrictTextReader.ReadLines(path), path, labelsRequired: false);

    /// <summary>Reads <paramref name="stream"/> as <see cref="ReadTokens(string)"/> does; <paramref name="sourceName"/> names it in errors.</summary>
    public static IEnumerable<TaggedSentence> ReadTokens(Stream stream, string sourceName) => Read(StrictTextReader.ReadLines(stream, sourceName), sourceName, labelsRequired: false);

    /// <summary>Reads <paramref name="stream"/> lazily; <paramref name="sourceName"/> names it in errors.</summary>
    public static IEnumerable<TaggedSentence> Read(Stream stream, string sourceName) => Read(StrictTextReader.ReadLines(stream, sourceName), sourceName, labelsRequired: true);

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

    private static IEnumerable<TaggedSentence> Read(IEnumerable<TextLine> lines, string source, bool labelsRequired)
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
            var unlabelled = !labelsRequired && columns.Length == 1;
            if (!unlabelled && (columns.Length != 2 || columns[1].Length == 0) || columns[0].Length == 0)
            {
                throw new LangExpandException(ErrorCode.MalformedLine, $"found {columns.Length} column{(columns.Length == 1 ? "" : "s")}",
                    new SourceLocation(source, line.Number), labelsRequired
                        ? "token<TAB>label with both fields non-empty, or a blank line between sentences"
                        : "token or token<TAB>label with non-empty fields, or a blank line between sentences");
            }
            first = tokens.Count == 0 ? line.Number : first;
            tokens.Add(new TaggedToken(columns[0], unlabelled ? "" : columns[1]));
        }
        if (tokens.Count > 0)
        {
            yield return new TaggedSentence(tokens.ToArray(), first);
        }
    }
}
