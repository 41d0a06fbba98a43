namespace LangExpand.Tokenization.SentencePiece;

/// <summary>
/// The fields of <c>NormalizerSpec</c> that this code writes. Other fields of a model that was read (among them a
/// <c>precompiled_charsmap</c>) are kept verbatim in <see cref="OtherFields"/> and written back unchanged.
/// </summary>
public sealed record NormalizerSpec
{
    /// <summary>Name of the normalization rule (field 1): <c>identity</c> for the models this code trains.</summary>
    public string Name { get; init; } = "identity";

    /// <summary>Whether a space is put before the text (field 3).</summary>
    public bool AddDummyPrefix { get; init; } = true;

    /// <summary>Whether leading, trailing and repeated spaces are removed (field 4).</summary>
    public bool RemoveExtraWhitespaces { get; init; } = true;

    /// <summary>Whether spaces become <c>▁</c> (field 5).</summary>
    public bool EscapeWhitespaces { get; init; } = true;

    /// <summary>Encoded fields this type does not model, tags included, in the order they were read.</summary>
    public ReadOnlyMemory<byte> OtherFields { get; init; }
}
