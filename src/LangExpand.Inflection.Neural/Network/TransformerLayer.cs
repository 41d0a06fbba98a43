using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LangExpand.Inflection.Neural.Network;

/// <summary>
/// One pre-norm transformer layer: self-attention, optional cross-attention to the encoder's output (decoder layers), and a
/// ReLU feed-forward block, each as <c>x + dropout(sublayer(norm(x)))</c>.
/// </summary>
internal sealed class TransformerLayer : nn.Module
{
    private readonly LayerNorm selfNorm;
    private readonly Attention selfAttention;
    private readonly LayerNorm? crossNorm;
    private readonly Attention? crossAttention;
    private readonly LayerNorm feedForwardNorm;
    private readonly Linear expand;
    private readonly Linear contract;
    private readonly double _dropout;

    /// <summary>An encoder layer, or a decoder layer when <paramref name="cross"/> is true.</summary>
    public TransformerLayer(int size, int feedForward, int heads, double dropout, bool cross) : base(nameof(TransformerLayer))
    {
        selfNorm = nn.LayerNorm(size);
        selfAttention = new Attention(size, heads, dropout);
        if (cross)
        {
            crossNorm = nn.LayerNorm(size);
            crossAttention = new Attention(size, heads, dropout);
        }
        feedForwardNorm = nn.LayerNorm(size);
        expand = nn.Linear(size, feedForward);
        contract = nn.Linear(feedForward, size);
        _dropout = dropout;
        RegisterComponents();
    }

    /// <summary>
    /// Applies the layer to <paramref name="x"/>. <paramref name="selfKeep"/> masks keys of self-attention (encoder padding);
    /// <paramref name="causal"/> makes self-attention causal; <paramref name="memory"/> and <paramref name="memoryKeep"/> feed cross-attention.
    /// </summary>
    public Tensor Forward(Tensor x, Tensor? selfKeep, bool causal, Tensor? memory = null, Tensor? memoryKeep = null)
    {
        using var scope = NewDisposeScope();
        var normed = selfNorm.forward(x);
        x = x + Dropout(selfAttention.Forward(normed, normed, selfKeep, causal));
        if (crossAttention is not null && memory is not null)
        {
            x = x + Dropout(crossAttention.Forward(crossNorm!.forward(x), memory, memoryKeep, causal: false));
        }
        var hidden = Dropout(nn.functional.relu(expand.forward(feedForwardNorm.forward(x))));
        return (x + Dropout(contract.forward(hidden))).MoveToOuterDisposeScope();
    }

    private Tensor Dropout(Tensor x) => nn.functional.dropout(x, _dropout, training);
}
