using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LangExpand.Inflection.Neural.Network;

/// <summary>Multi-head attention through <c>scaled_dot_product_attention</c>, on batch-first tensors (batch, length, width).</summary>
internal sealed class Attention : nn.Module
{
    private readonly Linear query;
    private readonly Linear key;
    private readonly Linear value;
    private readonly Linear output;
    private readonly int _heads;
    private readonly double _dropout;

    /// <summary>Attention of width <paramref name="size"/> split into <paramref name="heads"/> heads.</summary>
    public Attention(int size, int heads, double dropout) : base(nameof(Attention))
    {
        query = nn.Linear(size, size);
        key = nn.Linear(size, size);
        value = nn.Linear(size, size);
        output = nn.Linear(size, size);
        _heads = heads;
        _dropout = dropout;
        RegisterComponents();
    }

    /// <summary>
    /// Attends from <paramref name="queries"/> to <paramref name="memory"/>; <paramref name="keep"/> (batch, 1, 1, keys) is true
    /// where a key may be attended to; <paramref name="causal"/> hides later positions (self-attention of the decoder).
    /// </summary>
    public Tensor Forward(Tensor queries, Tensor memory, Tensor? keep, bool causal)
    {
        using var scope = NewDisposeScope();
        var q = Heads(query.forward(queries));
        var k = Heads(key.forward(memory));
        var v = Heads(value.forward(memory));
        var attended = nn.functional.scaled_dot_product_attention(q, k, v, keep, training ? _dropout : 0, causal);
        var (batch, length) = (queries.shape[0], queries.shape[1]);
        return output.forward(attended.transpose(1, 2).reshape(batch, length, -1)).MoveToOuterDisposeScope();
    }

    private Tensor Heads(Tensor x) => x.view(x.shape[0], x.shape[1], _heads, -1).transpose(1, 2);
}
