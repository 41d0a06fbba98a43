using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Modeling;

/// <summary><c>attention.self</c>: the <c>query</c>, <c>key</c> and <c>value</c> projections and scaled dot-product attention.</summary>
internal sealed class SelfAttention : NamedModule
{
    private readonly EncoderConfig _config;
    private readonly Linear _query;
    private readonly Linear _key;
    private readonly Linear _value;

    /// <summary>Creates the projections of <paramref name="config"/>.</summary>
    public SelfAttention(EncoderConfig config) : base("self")
    {
        _config = config;
        _query = nn.Linear(config.HiddenSize, config.HiddenSize);
        _key = nn.Linear(config.HiddenSize, config.HiddenSize);
        _value = nn.Linear(config.HiddenSize, config.HiddenSize);
        register_module("query", _query);
        register_module("key", _key);
        register_module("value", _value);
    }

    /// <summary>
    /// Attends over <paramref name="hidden"/> (<c>[batch, length, hidden]</c>); <paramref name="keyMask"/>
    /// (<c>[batch, 1, 1, length]</c>, true for real tokens) keeps padding out of every query's attention.
    /// </summary>
    public Tensor Forward(Tensor hidden, Tensor? keyMask)
    {
        using var scope = NewDisposeScope();
        var (batch, length) = (hidden.shape[0], hidden.shape[1]);
        var query = Heads(_query.forward(hidden), batch, length);
        var key = Heads(_key.forward(hidden), batch, length);
        var value = Heads(_value.forward(hidden), batch, length);
        var dropout = training ? _config.AttentionProbsDropoutProb : 0.0;
        var context = nn.functional.scaled_dot_product_attention(query, key, value, keyMask, dropout);
        return context.transpose(1, 2).reshape(batch, length, _config.HiddenSize).MoveToOuterDisposeScope();
    }

    private Tensor Heads(Tensor projected, long batch, long length) =>
        projected.view(batch, length, _config.NumAttentionHeads, _config.HeadSize).transpose(1, 2);
}
