using LangExpand.Adaptation.Modeling;
using LangExpand.Torch.Runtime;

namespace LangExpand.Adaptation.Tests;

/// <summary>Tiny random encoders for fast tests.</summary>
internal static class TinyModels
{
    /// <summary>A two-layer configuration of <paramref name="family"/> with 40 ids.</summary>
    public static EncoderConfig Config(EncoderFamily family, bool preNorm = false) => new()
    {
        Family = family,
        VocabSize = 40,
        HiddenSize = 16,
        NumHiddenLayers = 2,
        NumAttentionHeads = 4,
        IntermediateSize = 32,
        MaxPositionEmbeddings = 34,
        TypeVocabSize = family == EncoderFamily.Bert ? 2 : 1,
        PadTokenId = family == EncoderFamily.Bert ? 0 : 1,
        PreLayerNorm = preNorm,
    };

    /// <summary>A seeded, initialised model in evaluation mode.</summary>
    public static MaskedLanguageModel Create(EncoderConfig config, long seed = 7)
    {
        TorchRuntime.EnsureLoaded();
        TorchRuntime.Seed(seed);
        var model = new MaskedLanguageModel(config);
        WeightInitializer.Initialize(model, config);
        model.eval();
        return model;
    }
}
