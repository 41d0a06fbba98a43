using LangExpand.Core.Diagnostics;

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

    /// <summary>True to label CoNLL-U words with their joint <c>UPOS|FEATS</c> label (<see cref="LangExpand.Core.Annotated.MorphoLabel"/>) instead of UPOS alone.</summary>
    public bool WithFeatures { get; init; }

    /// <summary>How a word is read off its subwords (<see cref="Modeling.EncoderConfig.FirstSubword"/> or <see cref="Modeling.EncoderConfig.MeanOfSubwords"/>).</summary>
    public string WordPooling { get; init; } = Modeling.EncoderConfig.FirstSubword;

    /// <summary>Seed of the sentence order, dropout and head initialisation.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Refuses settings that cannot train: fewer than one step or example per step, a learning rate that is not a positive number.</summary>
    public void Validate()
    {
        if (Steps < 1 || BatchSize < 1 || !(LearningRate > 0) || !double.IsFinite(LearningRate))
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"invalid fine-tuning options (steps {Steps}, batch {BatchSize}, learning rate {LearningRate})",
                expected: "at least one step and one example per step, and a positive learning rate");
        }
    }
}
