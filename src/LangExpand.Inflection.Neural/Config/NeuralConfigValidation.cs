using LangExpand.Core.Diagnostics;

namespace LangExpand.Inflection.Neural.Config;

/// <summary>Checks that a <see cref="NeuralConfig"/> describes a model that can be built and trained.</summary>
public static class NeuralConfigValidation
{
    /// <summary>
    /// Throws a <see cref="LangExpandException"/> naming <paramref name="source"/> for the first setting out of range, and the
    /// line of its key where <paramref name="lines"/> (key → 1-based line, as in the YAML text) has it.
    /// </summary>
    public static void Check(NeuralConfig config, string source, IReadOnlyDictionary<string, int>? lines = null)
    {
        var at = new Where(source, lines ?? new Dictionary<string, int>());
        foreach (var (key, value) in new (string, int)[]
        {
            ("encoder_layers", config.EncoderLayers), ("decoder_layers", config.DecoderLayers), ("model_size", config.ModelSize),
            ("feed_forward_size", config.FeedForwardSize), ("heads", config.Heads), ("batch_size", config.BatchSize), ("max_steps", config.MaxSteps),
            ("eval_every", config.EvalEvery), ("beam_width", config.BeamWidth), ("max_length", config.MaxLength),
        })
        {
            Require(at.Of(key), value > 0, $"{key} {value} is not positive", $"{key} ≥ 1");
        }
        Require(at.Of("heads"), config.ModelSize % config.Heads == 0, $"model_size {config.ModelSize} is not a multiple of heads {config.Heads}", "heads dividing model_size");
        Require(at.Of("model_size"), config.ModelSize % 2 == 0, $"model_size {config.ModelSize} is odd", "an even model_size (sinusoidal positions)");
        Require(at.Of("dropout"), config.Dropout is >= 0 and < 1, $"dropout {config.Dropout} is out of range", "0 ≤ dropout < 1");
        Require(at.Of("label_smoothing"), config.LabelSmoothing is >= 0 and < 1, $"label_smoothing {config.LabelSmoothing} is out of range", "0 ≤ label_smoothing < 1");
        Require(at.Of("learning_rate"), config.LearningRate > 0, $"learning_rate {config.LearningRate} is not positive", "learning_rate > 0");
        Require(at.Of("beta2"), config.Beta2 is > 0 and < 1, $"beta2 {config.Beta2} is out of range", "0 < beta2 < 1");
        foreach (var (key, value) in new (string, double)[]
        {
            ("warmup_steps", config.WarmupSteps), ("patience", config.Patience), ("weight_decay", config.WeightDecay), ("clip_norm", config.ClipNorm),
            ("hallucinate_below", config.HallucinateBelow), ("hallucinate_auto", config.HallucinateAuto), ("hallucinate", config.Hallucinate ?? 0),
        })
        {
            Require(at.Of(key), value >= 0, $"{key} {value} is negative", $"{key} ≥ 0");
        }
        Require(at.Of("max_minutes"), config.MaxMinutes is null or > 0, $"max_minutes {config.MaxMinutes} is not positive", "max_minutes > 0 or absent");
        Require(at.Of("preset"), Array.IndexOf([.. NeuralPresets.Names], config.Preset) >= 0, $"unknown preset '{config.Preset}'", string.Join(" or ", NeuralPresets.Names));
    }

    private static void Require(SourceLocation location, bool condition, string problem, string expected)
    {
        if (!condition)
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"invalid neural configuration: {problem}", location, expected);
        }
    }

    /// <summary>The source and the lines of its keys: a setting is reported at its key's line (0 when the source does not have it).</summary>
    private sealed record Where(string Source, IReadOnlyDictionary<string, int> Lines)
    {
        public SourceLocation Of(string key) => new(Source, Lines.GetValueOrDefault(key));
    }
}
