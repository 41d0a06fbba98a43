using TorchSharp;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Modeling;

/// <summary>
/// The encoder backbone (Hugging Face's <c>BertModel</c> / <c>XLMRobertaModel</c>): <c>embeddings</c>, <c>encoder</c> and, when
/// asked for (<c>add_pooling_layer</c>), <c>pooler</c>. Task models register it as <c>roberta</c> or <c>bert</c>
/// (<see cref="EncoderConfig.BackboneName"/>).
/// </summary>
public sealed class EncoderModel : NamedModule
{
    private readonly EncoderEmbeddings _embeddings;
    private readonly EncoderStack _encoder;
    private readonly EncoderPooler? _pooler;

    /// <summary>
    /// Creates an encoder with the shapes of <paramref name="config"/> (weights uninitialised: see <see cref="WeightInitializer"/>),
    /// with BERT's <c>pooler</c> when <paramref name="addPoolingLayer"/>.
    /// </summary>
    public EncoderModel(EncoderConfig config, bool addPoolingLayer = false) : base(config.BackboneName)
    {
        Config = config;
        _embeddings = new EncoderEmbeddings(config);
        _encoder = new EncoderStack(config);
        register_module("embeddings", _embeddings);
        register_module("encoder", _encoder);
        if (addPoolingLayer)
        {
            _pooler = new EncoderPooler(config);
            register_module("pooler", _pooler);
        }
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

    /// <summary>The pooler's output (<c>tanh(dense(h₀))</c>, <c>[batch, hidden]</c>) for last hidden states <paramref name="hidden"/>.</summary>
    /// <exception cref="InvalidOperationException">The encoder was created without a pooler.</exception>
    public Tensor Pool(Tensor hidden) =>
        (_pooler ?? throw new InvalidOperationException("this encoder has no pooling layer")).Forward(hidden);
}
