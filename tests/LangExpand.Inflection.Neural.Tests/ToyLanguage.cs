using LangExpand.Core.Features;
using LangExpand.Core.Inflection;
using LangExpand.Inflection.Neural.Config;

namespace LangExpand.Inflection.Neural.Tests;

/// <summary>A made-up suffixing language (plural -en, past -ed, third singular -s) and a tiny model that learns it in seconds.</summary>
internal static class ToyLanguage
{
    private const string Letters = "abdeiklmnoprstu";

    private static readonly (string Features, string Suffix)[] Paradigm = [("N;PL", "en"), ("V;PST", "ed"), ("V;PRS;3;SG", "s")];

    /// <summary>Every paradigm cell of <paramref name="lemmas"/> random lemmas drawn from <paramref name="seed"/>.</summary>
    public static List<InflectionTriple> Pairs(int lemmas, int seed)
    {
        var random = new Random(seed);
        var words = Enumerable.Range(0, lemmas).Select(_ => new string([.. Enumerable.Range(0, random.Next(4, 8)).Select(_ => Letters[random.Next(Letters.Length)])]));
        return [.. words.SelectMany(w => Paradigm.Select(p => new InflectionTriple(w, FeatureBundle.Parse(p.Features), w + p.Suffix)))];
    }

    /// <summary>A tiny configuration: 1+1 layers, d = 64, a few hundred steps.</summary>
    public static NeuralConfig TinyConfig(int maxSteps = 800) => new()
    {
        EncoderLayers = 1,
        DecoderLayers = 1,
        ModelSize = 64,
        FeedForwardSize = 128,
        Heads = 2,
        Dropout = 0.1,
        LearningRate = 3e-3,
        WarmupSteps = 50,
        BatchSize = 32,
        MaxSteps = maxSteps,
        EvalEvery = 100,
        Patience = 0,
        Hallucinate = 1000,
        BeamWidth = 3,
        MaxLength = 32,
    };
}
