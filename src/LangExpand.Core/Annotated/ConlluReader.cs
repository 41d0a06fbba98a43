using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;

namespace LangExpand.Core.Annotated;

/// <summary>
/// Streams sentences from a CoNLL-U file (Universal Dependencies). Sentences are separated by blank lines; comments and
/// multiword-token and empty-node lines are kept intact. A line with the wrong number of columns, a malformed ID, word
/// IDs that do not run 1, 2, 3, … or a comment inside a sentence is rejected with file:line.
/// </summary>
public static class ConlluReader
{
    /// <summary>Reads the file at <paramref name="path"/>, lazily.</summary>
    public static IEnumerable<ConlluSentence> Read(string path) => Read(StrictTextReader.ReadLines(path), path);

    /// <summary>Reads <paramref name="stream"/> lazily; <paramref name="sourceName"/> names it in errors.</summary>
    public static IEnumerable<ConlluSentence> Read(Stream stream, string sourceName) => Read(StrictTextReader.ReadLines(stream, sourceName), sourceName);

    private static IEnumerable<ConlluSentence> Read(IEnumerable<TextLine> lines, string source)
    {
        var comments = new List<string>();
        var tokens = new List<ConlluLine>();
        var first = 0;
        var nextWord = 1;
        foreach (var line in lines)
        {
            var location = new SourceLocation(source, line.Number);
            if (line.Text.Length == 0)
            {
                if (tokens.Count == 0 && comments.Count > 0)
                {
                    throw new LangExpandException(ErrorCode.MalformedLine, "sentence has comments but no token lines", location, "token lines before the blank line");
                }
                if (tokens.Count > 0)
                {
                    yield return new ConlluSentence(comments.ToArray(), tokens.ToArray(), first);
                }
                (comments, tokens, first, nextWord) = ([], [], 0, 1);
                continue;
            }
            first = first == 0 ? line.Number : first;
            if (line.Text[0] == '#')
            {
                if (tokens.Count > 0)
                {
                    throw new LangExpandException(ErrorCode.MalformedLine, "comment inside a sentence", location, "comments before the first token line, or a blank line first");
                }
                comments.Add(line.Text);
                continue;
            }
            var token = ConlluLine.Parse(line.Text)
                ?? throw new LangExpandException(ErrorCode.MalformedLine, $"found {line.Text.Split('\t').Length} columns", location,
                    "10 tab-separated columns (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC)");
            CheckId(token, ref nextWord, location);
            tokens.Add(token);
        }
        if (tokens.Count > 0)
        {
            yield return new ConlluSentence(comments.ToArray(), tokens.ToArray(), first);
        }
    }

    private static void CheckId(ConlluLine token, ref int nextWord, SourceLocation location)
    {
        var id = token.Column(ConlluLine.IdColumn);
        var valid = token.Kind switch
        {
            ConlluLineKind.Word => int.TryParse(id, out var word) && word == nextWord++,
            ConlluLineKind.MultiwordToken => id.IndexOf('-') is var dash && int.TryParse(id[..dash], out var from)
                && int.TryParse(id[(dash + 1)..], out var to) && from == nextWord && to > from,
            _ => id.IndexOf('.') is var dot && int.TryParse(id[..dot], out var head) && head == nextWord - 1 && int.TryParse(id[(dot + 1)..], out _),
        };
        if (!valid)
        {
            throw new LangExpandException(ErrorCode.MalformedLine, $"unexpected ID '{id}'", location,
                $"word ID {nextWord - (token.Kind == ConlluLineKind.Word ? 1 : 0)}, a range starting there, or a decimal after the previous word");
        }
    }
}
