using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Modeling;

/// <summary><c>encoder</c>: the <c>layer</c> list, and for pre-norm a final <c>LayerNorm</c>.</summary>
internal sealed class EncoderStack : NamedModule
{
    private readonly IReadOnlyList<EncoderLayer> _layers;
    private readonly LayerNorm? _finalNorm;

    /// <summary>Creates the layers of <paramref name="config"/>.</summary>
    public EncoderStack(EncoderConfig config) : base("encoder")
    {
        var layers = Enumerable.Range(0, config.NumHiddenLayers).Select(i => new EncoderLayer(config, i)).ToList();
        _layers = layers;
        register_module("layer", nn.ModuleList(layers.ToArray()));
        if (config.PreLayerNorm)
        {
            _finalNorm = nn.LayerNorm([config.HiddenSize], config.LayerNormEps);
            register_module("LayerNorm", _finalNorm);
        }
    }

    /// <summary>Runs every layer over <paramref name="hidden"/>.</summary>
    public Tensor Forward(Tensor hidden, Tensor? keyMask)
    {
        using var scope = NewDisposeScope();
        var current = hidden;
        foreach (var layer in _layers)
        {
            current = layer.Forward(current, keyMask);
        }
        return (_finalNorm is null ? current : _finalNorm.forward(current)).MoveToOuterDisposeScope();
    }
}
