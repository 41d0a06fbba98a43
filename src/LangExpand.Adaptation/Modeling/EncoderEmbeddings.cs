using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Modeling;

/// <summary>
/// <c>embeddings</c>: word + position + token-type embeddings, <c>LayerNorm</c>, dropout. XLM-R's position ids count the
/// non-pad tokens from <c>pad_token_id + 1</c> (pads get <c>pad_token_id</c>), as Hugging Face's
/// <c>create_position_ids_from_input_ids</c>; BERT's are 0, 1, 2….
/// </summary>
internal sealed class EncoderEmbeddings : NamedModule
{
    private readonly EncoderConfig _config;

    /// <summary>Creates the embeddings of <paramref name="config"/>.</summary>
    public EncoderEmbeddings(EncoderConfig config) : base("embeddings")
    {
        _config = config;
        WordEmbeddings = nn.Embedding(config.VocabSize, config.HiddenSize, padding_idx: config.PadTokenId);
        PositionEmbeddings = nn.Embedding(config.MaxPositionEmbeddings, config.HiddenSize,
            padding_idx: config.Family == EncoderFamily.XlmRoberta ? config.PadTokenId : null);
        TokenTypeEmbeddings = nn.Embedding(config.TypeVocabSize, config.HiddenSize);
        Norm = nn.LayerNorm([config.HiddenSize], config.LayerNormEps);
        register_module("word_embeddings", WordEmbeddings);
        register_module("position_embeddings", PositionEmbeddings);
        register_module("token_type_embeddings", TokenTypeEmbeddings);
        register_module("LayerNorm", Norm);
    }

    /// <summary><c>word_embeddings</c> (tied to the MLM decoder).</summary>
    public Embedding WordEmbeddings { get; }

    /// <summary><c>position_embeddings</c>.</summary>
    public Embedding PositionEmbeddings { get; }

    /// <summary><c>token_type_embeddings</c>.</summary>
    public Embedding TokenTypeEmbeddings { get; }

    /// <summary><c>LayerNorm</c>.</summary>
    public LayerNorm Norm { get; }

    /// <summary>The position ids of <paramref name="inputIds"/> (<c>[batch, length]</c>).</summary>
    public Tensor PositionIds(Tensor inputIds)
    {
        if (_config.Family == EncoderFamily.XlmRoberta)
        {
            using var mask = inputIds.ne(_config.PadTokenId).to(ScalarType.Int64);
            using var counts = mask.cumsum(1);
            using var masked = counts * mask;
            return masked + _config.PadTokenId;
        }
        return arange(inputIds.shape[1], dtype: ScalarType.Int64, device: inputIds.device).unsqueeze(0).expand(inputIds.shape);
    }

    /// <summary>Embeds <paramref name="inputIds"/> (<c>[batch, length]</c>) with token type 0.</summary>
    public Tensor Forward(Tensor inputIds)
    {
        using var scope = NewDisposeScope();
        using var positions = PositionIds(inputIds);
        var sum = WordEmbeddings.forward(inputIds) + PositionEmbeddings.forward(positions) + TokenTypeEmbeddings.weight![0];
        var normed = Norm.forward(sum);
        return Regularization.Dropout(normed, _config.HiddenDropoutProb, training).MoveToOuterDisposeScope();
    }
}
