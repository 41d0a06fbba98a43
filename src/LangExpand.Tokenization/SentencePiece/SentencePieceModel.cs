namespace LangExpand.Tokenization.SentencePiece;

/// <summary>
/// A SentencePiece model (<c>ModelProto</c>): the pieces in id order, the trainer and normalizer specs. Read and written
/// by <see cref="SentencePieceModelFile"/>; loaded for segmentation by <see cref="XlmRobertaTokenizer"/>.
/// </summary>
public sealed record SentencePieceModel
{
    /// <summary>The vocabulary; a piece's id is its index.</summary>
    public required IReadOnlyList<ModelPiece> Pieces { get; init; }

    /// <summary>The trainer spec (field 2).</summary>
    public TrainerSpec Trainer { get; init; } = new();

    /// <summary>The normalizer spec (field 3).</summary>
    public NormalizerSpec Normalizer { get; init; } = new();

    /// <summary>Top-level fields this type does not model (self-test data, denormalizer), kept verbatim.</summary>
    public ReadOnlyMemory<byte> OtherFields { get; init; }

    /// <summary>Returns this model with <paramref name="added"/> appended after the existing pieces.</summary>
    public SentencePieceModel Append(IEnumerable<ModelPiece> added)
    {
        var pieces = Pieces.Concat(added).ToList();
        return this with { Pieces = pieces, Trainer = Trainer with { VocabSize = pieces.Count } };
    }
}
