namespace LangExpand.Adaptation.Evaluation;

/// <summary>Settings of token-classification fine-tuning (<see cref="TokenTagger"/>).</summary>
public sealed record TaggingOptions
{
    /// <summary>Optimizer steps.</summary>
    public int Steps { get; init; } = 300;

    /// <summary>Sentences per step.</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>Peak learning rate (linear warm-up over 10 % of the steps, then linear decay).</summary>
    public double LearningRate { get; init; } = 3e-4;

    /// <summary>Seed of the sentence order, dropout and head initialisation.</summary>
    public long Seed { get; init; } = 1;
}
