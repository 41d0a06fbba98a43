using LangExpand.Core.Diagnostics;

namespace LangExpand.Inflection.Neural.Config;

/// <summary>Checks that a <see cref="NeuralConfig"/> describes a model that can be built and trained.</summary>
public static class NeuralConfigValidation
{
    /// <summary>Throws a <see cref="LangExpandException"/> naming <paramref name="source"/> for the first setting out of range.</summary>
    public static void Check(NeuralConfig config, string source)
    {
        Positive(source, "encoder_layers", config.EncoderLayers);
        Positive(source, "decoder_layers", config.DecoderLayers);
        Positive(source, "model_size", config.ModelSize);
        Positive(source, "feed_forward_size", config.FeedForwardSize);
        Positive(source, "heads", config.Heads);
        Positive(source, "batch_size", config.BatchSize);
        Positive(source, "max_steps", config.MaxSteps);
        Positive(source, "eval_every", config.EvalEvery);
        Positive(source, "beam_width", config.BeamWidth);
        Positive(source, "max_length", config.MaxLength);
        Require(source, config.ModelSize % config.Heads == 0, $"model_size {config.ModelSize} is not a multiple of heads {config.Heads}", "heads dividing model_size");
        Require(source, config.ModelSize % 2 == 0, $"model_size {config.ModelSize} is odd", "an even model_size (sinusoidal positions)");
        Require(source, config.Dropout is >= 0 and < 1, $"dropout {config.Dropout} is out of range", "0 ≤ dropout < 1");
        Require(source, config.LabelSmoothing is >= 0 and < 1, $"label_smoothing {config.LabelSmoothing} is out of range", "0 ≤ label_smoothing < 1");
        Require(source, config.LearningRate > 0, $"learning_rate {config.LearningRate} is not positive", "learning_rate > 0");
        Require(source, config.Beta2 is > 0 and < 1, $"beta2 {config.Beta2} is out of range", "0 < beta2 < 1");
        Require(source, config.WarmupSteps >= 0 && config.Patience >= 0 && config.WeightDecay >= 0 && config.ClipNorm >= 0 && config.HallucinateBelow >= 0
            && config.HallucinateAuto >= 0 && config.Hallucinate is null or >= 0, "a count, decay or norm is negative",
            "warmup_steps, patience, weight_decay, clip_norm and hallucination counts ≥ 0");
        Require(source, config.MaxMinutes is null or > 0, $"max_minutes {config.MaxMinutes} is not positive", "max_minutes > 0 or absent");
        Require(source, Array.IndexOf([.. NeuralPresets.Names], config.Preset) >= 0, $"unknown preset '{config.Preset}'", string.Join(" or ", NeuralPresets.Names));
    }

    private static void Positive(string source, string key, int value) => Require(source, value > 0, $"{key} {value} is not positive", $"{key} ≥ 1");

    private static void Require(string source, bool condition, string problem, string expected)
    {
        if (!condition)
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"invalid neural configuration: {problem}", new SourceLocation(source, 0), expected);
        }
    }
}
