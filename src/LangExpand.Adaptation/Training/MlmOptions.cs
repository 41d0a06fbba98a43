namespace LangExpand.Adaptation.Training;

/// <summary>Settings of masked-language-model training (<see cref="MlmTrainer"/>).</summary>
public sealed record MlmOptions
{
    /// <summary>Optimizer steps.</summary>
    public int Steps { get; init; } = 1000;

    /// <summary>Sequences per micro-batch.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Micro-batches whose gradients are summed into one optimizer step.</summary>
    public int Accumulate { get; init; } = 1;

    /// <summary>Longest training sequence in tokens (special tokens included); capped by the model's positions.</summary>
    public int SequenceLength { get; init; } = 128;

    /// <summary>Peak learning rate of AdamW.</summary>
    public double LearningRate { get; init; } = 5e-4;

    /// <summary>Share of the steps spent warming the learning rate up linearly from 0; it then decays linearly to 0.</summary>
    public double WarmupRatio { get; init; } = 0.06;

    /// <summary>AdamW's decoupled weight decay.</summary>
    public double WeightDecay { get; init; } = 0.01;

    /// <summary>Gradients are clipped to this global norm.</summary>
    public double ClipNorm { get; init; } = 1.0;

    /// <summary>Share of (non-special) tokens selected for prediction; of those 80 % become the mask, 10 % a random token, 10 % stay.</summary>
    public double MaskProbability { get; init; } = 0.15;

    /// <summary>
    /// Which weights train: <see cref="TrainableWeights.All"/> (default); <see cref="TrainableWeights.Embeddings"/> — the word
    /// embeddings and the MLM output bias only, the transformer body frozen (Artetxe et al. 2020); or
    /// <see cref="TrainableWeights.Body"/> — everything but the word embeddings, which keeps new tokens where vocabulary
    /// extension anchored them to their translations.
    /// </summary>
    public TrainableWeights Trainable { get; init; } = TrainableWeights.All;

    /// <summary>Write a resumable checkpoint every this many steps (0: none).</summary>
    public int CheckpointEvery { get; init; }

    /// <summary>Seed of data order, masking, dropout and (for new models) initialisation.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>The checkpoint directory to resume from (written by an earlier run with the same data and options), or null.</summary>
    public string? ResumeFrom { get; init; }
}

/// <summary>Which weights continued pretraining updates.</summary>
public enum TrainableWeights
{
    /// <summary>Every weight.</summary>
    All,

    /// <summary>Word embeddings (tied to the MLM decoder) and the MLM output bias; the body and the rest of the head are frozen.</summary>
    Embeddings,

    /// <summary>Everything but the word embeddings, which keep where vocabulary extension put them.</summary>
    Body,
}
