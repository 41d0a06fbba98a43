namespace LangExpand.Parallel.Alignment;

/// <summary>The links of one sentence pair: distinct, sorted by source then target position.</summary>
public sealed class WordAlignment : IEquatable<WordAlignment>
{
    private readonly AlignmentLink[] _links;

    /// <summary>Creates an alignment from links in any order; duplicates are dropped.</summary>
    public WordAlignment(IEnumerable<AlignmentLink> links)
    {
        var sorted = links.ToArray();
        Array.Sort(sorted);
        var count = 0;
        for (var k = 0; k < sorted.Length; k++)
        {
            if (count == 0 || sorted[k] != sorted[count - 1])
            {
                sorted[count++] = sorted[k];
            }
        }
        _links = count == sorted.Length ? sorted : sorted[..count];
    }

    /// <summary>An alignment without links.</summary>
    public static WordAlignment Empty { get; } = new([]);

    /// <summary>The links, sorted.</summary>
    public IReadOnlyList<AlignmentLink> Links => _links;

    /// <summary>The number of links.</summary>
    public int Count => _links.Length;

    /// <summary>True when the alignment holds <paramref name="link"/>.</summary>
    public bool Contains(AlignmentLink link) => Array.BinarySearch(_links, link) >= 0;

    /// <summary>The Pharaoh line: <c>i-j</c> links separated by single spaces (empty when there are none).</summary>
    public override string ToString() => string.Join(' ', _links);

    /// <inheritdoc />
    public bool Equals(WordAlignment? other) => other is not null && _links.AsSpan().SequenceEqual(other._links);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WordAlignment);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var link in _links)
        {
            hash.Add(link);
        }
        return hash.ToHashCode();
    }
}
