namespace LangExpand.Synthesis.Labelled;

/// <summary>The seventeen UPOS tags as shared strings, so reading a CoNLL-U column does not allocate one per word.</summary>
internal static class UposTags
{
    private static readonly HashSet<string> Tags = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"];
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BySpan = Tags.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The tag in <paramref name="column"/>: a shared string for a UPOS tag, a new one otherwise, null for <c>_</c>.</summary>
    public static string? Of(ReadOnlySpan<char> column) =>
        column is "_" ? null : BySpan.TryGetValue(column, out var tag) ? tag : column.ToString();
}
