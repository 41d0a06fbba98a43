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
    public static IEnumerable<ConlluSentence> Read(string path)
    {
        StrictTextReader.CheckExists(path);
        return ReadFile(path);
    }

    /// <summary>Reads <paramref name="stream"/> lazily; <paramref name="sourceName"/> names it in errors.</summary>
    public static IEnumerable<ConlluSentence> Read(Stream stream, string sourceName) => ReadViews(stream, sourceName).Select(view => view.ToSentence());

    /// <summary>
    /// Reads <paramref name="stream"/> lazily into one reused <see cref="ConlluSentenceView"/>, which holds each sentence
    /// until the next is read (the fast path for large files: no string per line).
    /// </summary>
    public static IEnumerable<ConlluSentenceView> ReadViews(Stream stream, string sourceName)
    {
        var parser = new Parser(new StrictLineReader(stream, sourceName), sourceName);
        while (parser.ReadSentence())
        {
            yield return parser.Sentence;
        }
    }

    private static IEnumerable<ConlluSentence> ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        foreach (var sentence in Read(stream, path))
        {
            yield return sentence;
        }
    }

    /// <summary>Fills <see cref="Sentence"/> with the next sentence, checking its lines.</summary>
    private sealed class Parser(StrictLineReader reader, string source)
    {
        private int _nextWord;

        public ConlluSentenceView Sentence { get; } = new();

        public bool ReadSentence()
        {
            Sentence.Clear();
            _nextWord = 1;
            while (reader.TryRead(out var line))
            {
                if (line.Length == 0)
                {
                    if (Sentence.Count == 0 && Sentence.CommentCount > 0)
                    {
                        throw new LangExpandException(ErrorCode.MalformedLine, "sentence has comments but no token lines", Location, "token lines before the blank line");
                    }
                    if (Sentence.Count > 0)
                    {
                        return true;
                    }
                    Sentence.Clear();
                    continue;
                }
                Sentence.Begin(reader.LineNumber);
                if (line[0] == '#')
                {
                    if (Sentence.Count > 0)
                    {
                        throw new LangExpandException(ErrorCode.MalformedLine, "comment inside a sentence", Location, "comments before the first token line, or a blank line first");
                    }
                    Sentence.AddComment(line);
                    continue;
                }
                if (!Sentence.TryAddLine(line))
                {
                    throw new LangExpandException(ErrorCode.MalformedLine, $"found {line.Count('\t') + 1} columns", Location,
                        "10 tab-separated columns (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC)");
                }
                CheckId(Sentence.Column(Sentence.Count - 1, ConlluLine.IdColumn), Sentence.Kind(Sentence.Count - 1));
            }
            return Sentence.Count > 0;
        }

        private SourceLocation Location => new(source, reader.LineNumber);

        private void CheckId(ReadOnlySpan<char> id, ConlluLineKind kind)
        {
            var valid = kind switch
            {
                ConlluLineKind.Word => int.TryParse(id, out var word) && word == _nextWord++,
                ConlluLineKind.MultiwordToken => id.IndexOf('-') is var dash && int.TryParse(id[..dash], out var from)
                    && int.TryParse(id[(dash + 1)..], out var to) && from == _nextWord && to > from,
                _ => id.IndexOf('.') is var dot && int.TryParse(id[..dot], out var head) && head == _nextWord - 1 && int.TryParse(id[(dot + 1)..], out _),
            };
            if (!valid)
            {
                throw new LangExpandException(ErrorCode.MalformedLine, $"unexpected ID '{id}'", Location,
                    $"word ID {_nextWord - (kind == ConlluLineKind.Word ? 1 : 0)}, a range starting there, or a decimal after the previous word");
            }
        }
    }
}
