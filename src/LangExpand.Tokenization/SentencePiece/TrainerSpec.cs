namespace LangExpand.Tokenization.SentencePiece;

/// <summary>
/// The fields of <c>TrainerSpec</c> that loading and extending a model need. Other fields of a model that was read are
/// kept verbatim in <see cref="OtherFields"/> and written back unchanged.
/// </summary>
public sealed record TrainerSpec
{
    /// <summary>The segmentation algorithm (field 3).</summary>
    public SentencePieceModelType ModelType { get; init; } = SentencePieceModelType.Unigram;

    /// <summary>The vocabulary size the model was trained for (field 4).</summary>
    public int VocabSize { get; init; }

    /// <summary>Id of the unknown piece (field 40; proto default 0).</summary>
    public int UnkId { get; init; }

    /// <summary>Id of <c>&lt;s&gt;</c> (field 41; proto default 1), or -1 for none.</summary>
    public int BosId { get; init; } = 1;

    /// <summary>Id of <c>&lt;/s&gt;</c> (field 42; proto default 2), or -1 for none.</summary>
    public int EosId { get; init; } = 2;

    /// <summary>Id of the padding piece (field 43; proto default -1 = none).</summary>
    public int PadId { get; init; } = -1;

    /// <summary>Encoded fields this type does not model, tags included, in the order they were read.</summary>
    public ReadOnlyMemory<byte> OtherFields { get; init; }
}
