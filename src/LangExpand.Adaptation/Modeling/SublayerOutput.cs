using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Modeling;

/// <summary>
/// <c>attention.output</c> and <c>output</c>: a <c>dense</c> projection back to the hidden size, dropout, and the residual
/// connection with its <c>LayerNorm</c> (after the sum when post-norm; for pre-norm, <see cref="Norm"/> is applied to the
/// sub-layer's input by <see cref="EncoderLayer"/> instead).
/// </summary>
internal sealed class SublayerOutput : NamedModule
{
    private readonly EncoderConfig _config;
    private readonly Linear _dense;

    /// <summary>Creates a projection from <paramref name="inputSize"/> to the hidden size.</summary>
    public SublayerOutput(EncoderConfig config, int inputSize) : base("output")
    {
        _config = config;
        _dense = nn.Linear(inputSize, config.HiddenSize);
        Norm = nn.LayerNorm([config.HiddenSize], config.LayerNormEps);
        register_module("dense", _dense);
        register_module("LayerNorm", Norm);
    }

    /// <summary><c>LayerNorm</c>.</summary>
    public LayerNorm Norm { get; }

    /// <summary>Projects <paramref name="sublayer"/>, applies dropout and adds <paramref name="residual"/> (normalising after when post-norm).</summary>
    public Tensor Forward(Tensor sublayer, Tensor residual)
    {
        using var scope = NewDisposeScope();
        var projected = Regularization.Dropout(_dense.forward(sublayer), _config.HiddenDropoutProb, training);
        var sum = projected + residual;
        return (_config.PreLayerNorm ? sum : Norm.forward(sum)).MoveToOuterDisposeScope();
    }
}
