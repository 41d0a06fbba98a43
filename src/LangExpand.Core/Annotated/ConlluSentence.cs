namespace LangExpand.Core.Annotated;

/// <summary>
/// One CoNLL-U sentence: its comment lines (<c># sent_id = …</c>, <c># text = …</c>) and its token lines in file order,
/// multiword tokens and empty nodes included.
/// </summary>
/// <param name="Comments">Comment lines as written, each starting with <c>#</c>.</param>
/// <param name="Lines">Token lines in order.</param>
/// <param name="LineNumber">1-based line number of the sentence's first line in its source (0 when built in memory).</param>
public sealed record ConlluSentence(IReadOnlyList<string> Comments, IReadOnlyList<ConlluLine> Lines, int LineNumber = 0)
{
    /// <summary>The syntactic words (integer IDs) in order.</summary>
    public IEnumerable<ConlluLine> Words => Lines.Where(l => l.Kind == ConlluLineKind.Word);

    /// <summary>The value of a <c># key = value</c> comment, or null.</summary>
    public string? Comment(string key)
    {
        var prefix = $"# {key} = ";
        return Comments.FirstOrDefault(c => c.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..];
    }
}
