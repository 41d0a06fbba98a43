namespace LangExpand.Parallel.Verses;

/// <summary>One verse of a Bible as read.</summary>
/// <param name="Id">The verse id (<c>b.GEN.1.1</c>); for a merged verse, the first verse it covers.</param>
/// <param name="Text">The text with white space runs collapsed and the ends trimmed; empty for an empty verse.</param>
/// <param name="AlsoCovers">For a merged verse (id <c>b.NUM.15.4 15:5</c>), the ids of the further verses it holds (<c>b.NUM.15.5</c>).</param>
/// <param name="Line">The 1-based line the verse starts on.</param>
public sealed record Verse(string Id, string Text, IReadOnlyList<string> AlsoCovers, int Line)
{
    /// <summary>True when the verse holds the text of several verses.</summary>
    public bool IsMerged => AlsoCovers.Count > 0;

    /// <summary>True when the source text held C1 control characters, repaired as Windows-1252 (<see cref="Core.IO.C1Controls"/>).</summary>
    public bool Repaired { get; init; }

    /// <summary>The id and every further id it covers.</summary>
    public IEnumerable<string> AllIds => AlsoCovers.Prepend(Id);

    /// <summary>
    /// Reads a verse id as the Bible corpus writes it: <c>b.BOOK.CHAPTER.VERSE</c>, optionally followed by further
    /// <c>CHAPTER:VERSE</c> references of the same book for merged verses. Returns the first id and the further ids;
    /// references that are not <c>CHAPTER:VERSE</c> are kept as written.
    /// </summary>
    public static (string Id, IReadOnlyList<string> AlsoCovers) ParseId(string raw)
    {
        var parts = raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length <= 1)
        {
            return (raw.Trim(), []);
        }
        var lastDot = parts[0].LastIndexOf('.');
        var chapterDot = lastDot > 0 ? parts[0].LastIndexOf('.', lastDot - 1) : -1;
        var book = chapterDot > 0 ? parts[0][..chapterDot] : null;
        var further = parts.Skip(1).Select(part =>
        {
            var colon = part.IndexOf(':');
            return book is not null && colon > 0 ? $"{book}.{part[..colon]}.{part[(colon + 1)..]}" : part;
        });
        return (parts[0], [.. further]);
    }
}
