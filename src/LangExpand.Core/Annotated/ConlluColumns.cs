namespace LangExpand.Core.Annotated;

/// <summary>The ten column start offsets of a CoNLL-U token line, stored inline (no array per line).</summary>
[System.Runtime.CompilerServices.InlineArray(ConlluLine.ColumnCount)]
internal struct ConlluColumnStarts
{
    private int _first;
}

/// <summary>Splitting a CoNLL-U token line into its columns, shared by <see cref="ConlluLine"/> and <see cref="ConlluSentenceView"/>.</summary>
internal static class ConlluColumns
{
    /// <summary>Finds the column starts of <paramref name="text"/>; false when it does not have exactly ten tab-separated fields.</summary>
    public static bool TrySplit(ReadOnlySpan<char> text, out ConlluColumnStarts starts, out ConlluLineKind kind)
    {
        starts = default;
        kind = default;
        var column = 1;
        var at = 0;
        for (var i = text.IndexOf('\t'); i >= 0; i = text[at..].IndexOf('\t'))
        {
            if (column == ConlluLine.ColumnCount)
            {
                return false;
            }
            at += i + 1;
            starts[column++] = at;
        }
        if (column != ConlluLine.ColumnCount)
        {
            return false;
        }
        var id = text[..(starts[1] - 1)];
        kind = id.Contains('-') ? ConlluLineKind.MultiwordToken : id.Contains('.') ? ConlluLineKind.EmptyNode : ConlluLineKind.Word;
        return true;
    }

    /// <summary>Column <paramref name="index"/> of <paramref name="text"/>, whose columns start at <paramref name="starts"/>.</summary>
    public static ReadOnlySpan<char> Column(ReadOnlySpan<char> text, scoped in ConlluColumnStarts starts, int index)
    {
        var start = starts[index];
        var end = index + 1 < ConlluLine.ColumnCount ? starts[index + 1] - 1 : text.Length;
        return text[start..end];
    }
}
