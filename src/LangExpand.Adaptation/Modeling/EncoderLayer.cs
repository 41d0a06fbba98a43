using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Modeling;

/// <summary>
/// <c>encoder.layer.N</c>: <c>attention.self</c>, <c>attention.output</c>, <c>intermediate.dense</c> with the activation,
/// <c>output</c>. Post-norm as BERT and XLM-R (normalise after each residual sum), or pre-norm when the config says.
/// </summary>
internal sealed class EncoderLayer : NamedModule
{
    private readonly EncoderConfig _config;
    private readonly SelfAttention _self;
    private readonly SublayerOutput _attentionOutput;
    private readonly Linear _intermediate;
    private readonly SublayerOutput _output;
    private readonly Func<Tensor, Tensor> _activation;

    /// <summary>Creates layer <paramref name="index"/> of <paramref name="config"/>.</summary>
    public EncoderLayer(EncoderConfig config, int index) : base(index.ToString(System.Globalization.CultureInfo.InvariantCulture))
    {
        _config = config;
        _self = new SelfAttention(config);
        _attentionOutput = new SublayerOutput(config, config.HiddenSize);
        _intermediate = nn.Linear(config.HiddenSize, config.IntermediateSize);
        _output = new SublayerOutput(config, config.IntermediateSize);
        _activation = Activations.Resolve(config.HiddenAct);
        register_module("attention", new ModuleGroup("attention", ("self", _self), ("output", _attentionOutput)));
        register_module("intermediate", new ModuleGroup("intermediate", ("dense", _intermediate)));
        register_module("output", _output);
    }

    /// <summary>Runs the layer over <paramref name="hidden"/> with the key padding mask <paramref name="keyMask"/>.</summary>
    public Tensor Forward(Tensor hidden, Tensor? keyMask)
    {
        using var scope = NewDisposeScope();
        var attentionInput = _config.PreLayerNorm ? _attentionOutput.Norm.forward(hidden) : hidden;
        var attended = _attentionOutput.Forward(_self.Forward(attentionInput, keyMask), hidden);
        var feedForwardInput = _config.PreLayerNorm ? _output.Norm.forward(attended) : attended;
        var inner = _activation(_intermediate.forward(feedForwardInput));
        return _output.Forward(inner, attended).MoveToOuterDisposeScope();
    }
}
