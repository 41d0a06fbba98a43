using TorchSharp;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Modeling;

/// <summary>
/// The encoder backbone (Hugging Face's <c>BertModel</c> / <c>XLMRobertaModel</c> without pooler): <c>embeddings</c> and
/// <c>encoder</c>. Task models register it as <c>roberta</c> or <c>bert</c> (<see cref="EncoderConfig.BackboneName"/>).
/// </summary>
public sealed class EncoderModel : NamedModule
{
    private readonly EncoderEmbeddings _embeddings;
    private readonly EncoderStack _encoder;

    /// <summary>Creates an encoder with the shapes of <paramref name="config"/> (weights uninitialised: see <see cref="WeightInitializer"/>).</summary>
    public EncoderModel(EncoderConfig config) : base(config.BackboneName)
    {
        Config = config;
        _embeddings = new EncoderEmbeddings(config);
        _encoder = new EncoderStack(config);
        register_module("embeddings", _embeddings);
        register_module("encoder", _encoder);
    }

    /// <summary>The configuration.</summary>
    public EncoderConfig Config { get; }

    /// <summary>The word-embedding matrix (<c>[vocab, hidden]</c>), which the MLM decoder shares.</summary>
    public Tensor WordEmbeddings => _embeddings.WordEmbeddings.weight!;

    /// <summary>The position ids the embeddings use for <paramref name="inputIds"/>.</summary>
    public Tensor PositionIds(Tensor inputIds) => _embeddings.PositionIds(inputIds);

    /// <summary>
    /// The last hidden states (<c>[batch, length, hidden]</c>) of <paramref name="inputIds"/> (<c>[batch, length]</c>);
    /// <paramref name="attentionMask"/> (<c>[batch, length]</c>, true or 1 for real tokens) keeps padding out of attention.
    /// </summary>
    public Tensor Forward(Tensor inputIds, Tensor? attentionMask = null)
    {
        using var scope = NewDisposeScope();
        var keyMask = attentionMask?.to(ScalarType.Bool).unsqueeze(1).unsqueeze(1);
        var embedded = _embeddings.Forward(inputIds);
        return _encoder.Forward(embedded, keyMask).MoveToOuterDisposeScope();
    }
}
