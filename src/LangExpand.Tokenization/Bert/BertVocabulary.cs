using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;

namespace LangExpand.Tokenization.Bert;

/// <summary>
/// A BERT <c>vocab.txt</c>: one token per line, the id of a token is its 0-based line number. Empty lines, duplicate
/// tokens and missing special tokens are errors naming the file (and line).
/// </summary>
public sealed class BertVocabulary
{
    /// <summary>The special tokens every BERT vocabulary must hold.</summary>
    public static readonly IReadOnlyList<string> RequiredTokens = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"];

    private readonly Dictionary<string, int> ids;

    /// <summary>Creates a vocabulary from tokens in id order (checked like a file named <paramref name="sourceName"/>).</summary>
    public BertVocabulary(IReadOnlyList<string> tokens, string sourceName = "<vocabulary>")
    {
        Tokens = tokens;
        ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Length == 0 || !ids.TryAdd(tokens[i], i))
            {
                var problem = tokens[i].Length == 0 ? "empty token" : $"duplicate token '{tokens[i]}'";
                throw new LangExpandException(ErrorCode.MalformedLine, problem, new SourceLocation(sourceName, i + 1), "one distinct token per line");
            }
        }
        var missing = RequiredTokens.FirstOrDefault(t => !ids.ContainsKey(t));
        if (missing is not null)
        {
            throw new LangExpandException(ErrorCode.InvalidModel, $"the vocabulary lacks {missing}", new SourceLocation(sourceName, 0),
                string.Join(", ", RequiredTokens));
        }
    }

    /// <summary>The tokens in id order.</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>Reads <c>vocab.txt</c> at <paramref name="path"/>.</summary>
    public static BertVocabulary Read(string path) => new(StrictTextReader.ReadLines(path).Select(l => l.Text).ToList(), path);

    /// <summary>Reads a vocabulary from <paramref name="stream"/>; <paramref name="sourceName"/> names it in errors.</summary>
    public static BertVocabulary Read(Stream stream, string sourceName) =>
        new(StrictTextReader.ReadLines(stream, sourceName).Select(l => l.Text).ToList(), sourceName);

    /// <summary>The id of <paramref name="token"/>, or null.</summary>
    public int? IdOf(string token) => ids.TryGetValue(token, out var id) ? id : null;

    /// <summary>Writes the vocabulary as <c>vocab.txt</c> (one token per line, LF) atomically.</summary>
    public void Write(string path) => AtomicFile.WriteText(path, writer =>
    {
        foreach (var token in Tokens)
        {
            writer.Write(token);
            writer.Write('\n');
        }
    });

    /// <summary>Returns this vocabulary with <paramref name="added"/> appended after the existing tokens.</summary>
    public BertVocabulary Append(IEnumerable<string> added) => new(Tokens.Concat(added).ToList());
}
