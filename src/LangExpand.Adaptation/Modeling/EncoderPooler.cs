using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Modeling;

/// <summary>Hugging Face's <c>BertPooler</c>: <c>tanh(dense(h₀))</c> on the first token's last hidden state.</summary>
internal sealed class EncoderPooler : NamedModule
{
    private readonly Linear _dense;

    /// <summary>Creates the pooler (<c>hidden → hidden</c>).</summary>
    public EncoderPooler(EncoderConfig config) : base("pooler")
    {
        _dense = nn.Linear(config.HiddenSize, config.HiddenSize);
        register_module("dense", _dense);
    }

    /// <summary>The pooled vectors (<c>[batch, hidden]</c>) of <paramref name="hidden"/> (<c>[batch, length, hidden]</c>).</summary>
    public Tensor Forward(Tensor hidden)
    {
        using var scope = NewDisposeScope();
        return _dense.forward(hidden[TensorIndex.Colon, 0]).tanh().MoveToOuterDisposeScope();
    }
}
