using LangExpand.Core.Diagnostics;

namespace LangExpand.Inflection.Neural.Config;

/// <summary>The named starting points of a <see cref="NeuralConfig"/>.</summary>
public static class NeuralPresets
{
    /// <summary>A CPU-sized model (2+2 layers, d = 128, FF 512, 4 heads) that trains a language in minutes on a CPU.</summary>
    public const string Cpu = "cpu";

    /// <summary>Wu et al.'s SIGMORPHON 2023 baseline: 4+4 layers, d = 256, FF 1024, 4 heads, dropout 0.3, label smoothing 0.1, lr 1e-3, 4k warm-up, batch 400, ≤ 20k steps.</summary>
    public const string Paper = "paper";

    /// <summary>The preset names.</summary>
    public static IReadOnlyList<string> Names { get; } = [Cpu, Paper];

    /// <summary>A fresh configuration of preset <paramref name="name"/>.</summary>
    public static NeuralConfig Create(string name) => name switch
    {
        Cpu => new NeuralConfig(),
        Paper => new NeuralConfig
        {
            Preset = Paper,
            EncoderLayers = 4,
            DecoderLayers = 4,
            ModelSize = 256,
            FeedForwardSize = 1024,
            Heads = 4,
            WarmupSteps = 4000,
            BatchSize = 400,
            MaxSteps = 20000,
            EvalEvery = 1000,
            Patience = 0,
        },
        _ => throw new LangExpandException(ErrorCode.InvalidOption, $"unknown neural preset '{name}'", expected: string.Join(" or ", Names)),
    };
}
