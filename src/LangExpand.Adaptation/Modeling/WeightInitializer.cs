using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Modeling;

/// <summary>
/// Initialises a fresh model as Hugging Face's <c>_init_weights</c>: linear and embedding weights from
/// N(0, <c>initializer_range</c>²), biases 0, layer norms 1 and 0, the padding row of embeddings 0. Draws from the torch
/// generator, so seed it first (<c>TorchRuntime.Seed</c>) for repeatable models.
/// </summary>
public static class WeightInitializer
{
    /// <summary>Initialises every parameter of <paramref name="model"/>.</summary>
    public static void Initialize(nn.Module model, EncoderConfig config)
    {
        using var noGrad = no_grad();
        foreach (var (name, module) in model.named_modules())
        {
            switch (module)
            {
                case Linear linear:
                    nn.init.normal_(linear.weight!, 0, config.InitializerRange);
                    if (linear.bias is { } bias)
                    {
                        nn.init.zeros_(bias);
                    }
                    break;
                case Embedding embedding:
                    nn.init.normal_(embedding.weight!, 0, config.InitializerRange);
                    if (HasPaddingRow(name, config))
                    {
                        embedding.weight![config.PadTokenId].zero_();
                    }
                    break;
                case LayerNorm norm:
                    nn.init.ones_(norm.weight!);
                    nn.init.zeros_(norm.bias!);
                    break;
            }
        }
        foreach (var (name, parameter) in model.named_parameters().ToList())
        {
            if (name.EndsWith("lm_head.bias", StringComparison.Ordinal) || name.EndsWith("predictions.bias", StringComparison.Ordinal))
            {
                nn.init.zeros_(parameter);
            }
        }
    }

    private static bool HasPaddingRow(string moduleName, EncoderConfig config) =>
        moduleName.EndsWith("word_embeddings", StringComparison.Ordinal)
        || (config.Family == EncoderFamily.XlmRoberta && moduleName.EndsWith("position_embeddings", StringComparison.Ordinal));
}
