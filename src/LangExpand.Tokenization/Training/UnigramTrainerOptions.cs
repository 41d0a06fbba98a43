namespace LangExpand.Tokenization.Training;

/// <summary>Settings of <see cref="UnigramTrainer"/>; the defaults follow SentencePiece's where they apply.</summary>
public sealed record UnigramTrainerOptions
{
    /// <summary>Pieces in the model, the three special pieces (<c>&lt;unk&gt;</c>, <c>&lt;s&gt;</c>, <c>&lt;/s&gt;</c>) included.</summary>
    public int VocabularySize { get; init; } = 8000;

    /// <summary>Longest piece, in characters.</summary>
    public int MaxPieceLength { get; init; } = 16;

    /// <summary>How many frequent substrings seed the vocabulary before pruning.</summary>
    public int SeedSize { get; init; } = 200_000;

    /// <summary>Share of pieces each pruning round keeps.</summary>
    public double ShrinkingFactor { get; init; } = 0.75;

    /// <summary>EM iterations before each pruning round.</summary>
    public int SubIterations { get; init; } = 2;
}
