namespace LangExpand.Adaptation.Modeling;

/// <summary>
/// The sizes and settings of a BERT or XLM-R encoder, as Hugging Face's <c>config.json</c> names them
/// (see <see cref="LangExpand.Adaptation.Checkpoints.EncoderConfigFile"/>).
/// </summary>
public sealed record EncoderConfig
{
    /// <summary>The family (<c>model_type</c>).</summary>
    public EncoderFamily Family { get; init; } = EncoderFamily.XlmRoberta;

    /// <summary><c>vocab_size</c>: rows of the word-embedding matrix.</summary>
    public int VocabSize { get; init; } = 250002;

    /// <summary><c>hidden_size</c>.</summary>
    public int HiddenSize { get; init; } = 768;

    /// <summary><c>num_hidden_layers</c>.</summary>
    public int NumHiddenLayers { get; init; } = 12;

    /// <summary><c>num_attention_heads</c>; must divide <see cref="HiddenSize"/>.</summary>
    public int NumAttentionHeads { get; init; } = 12;

    /// <summary><c>intermediate_size</c>: width of the feed-forward layer.</summary>
    public int IntermediateSize { get; init; } = 3072;

    /// <summary><c>max_position_embeddings</c> (for XLM-R, the offset <c>pad_token_id + 1</c> included).</summary>
    public int MaxPositionEmbeddings { get; init; } = 514;

    /// <summary><c>type_vocab_size</c>.</summary>
    public int TypeVocabSize { get; init; } = 1;

    /// <summary><c>layer_norm_eps</c>.</summary>
    public double LayerNormEps { get; init; } = 1e-5;

    /// <summary><c>pad_token_id</c>.</summary>
    public int PadTokenId { get; init; } = 1;

    /// <summary><c>bos_token_id</c>.</summary>
    public int BosTokenId { get; init; }

    /// <summary><c>eos_token_id</c>.</summary>
    public int EosTokenId { get; init; } = 2;

    /// <summary><c>hidden_act</c>: <c>gelu</c> (exact), <c>gelu_new</c> / <c>gelu_pytorch_tanh</c> (tanh approximation) or <c>relu</c>.</summary>
    public string HiddenAct { get; init; } = "gelu";

    /// <summary><c>hidden_dropout_prob</c>.</summary>
    public double HiddenDropoutProb { get; init; } = 0.1;

    /// <summary><c>attention_probs_dropout_prob</c>.</summary>
    public double AttentionProbsDropoutProb { get; init; } = 0.1;

    /// <summary><c>classifier_dropout</c>: dropout of a sequence-classification head; null means <see cref="HiddenDropoutProb"/>.</summary>
    public double? ClassifierDropout { get; init; }

    /// <summary><c>initializer_range</c>: standard deviation of the initial weights.</summary>
    public double InitializerRange { get; init; } = 0.02;

    /// <summary>
    /// <c>pre_layer_norm</c> (a LangExpand extension, absent from Hugging Face configs, false there): normalise before each
    /// sub-layer instead of after, with a final <c>encoder.LayerNorm</c>.
    /// </summary>
    public bool PreLayerNorm { get; init; }

    /// <summary>
    /// <c>id2label</c> of a classification model (label <c>i</c> is class <c>i</c>), or null for a masked language model;
    /// <c>config.json</c> then names <c>…ForTokenClassification</c> or, when <see cref="ClassifiesSequences"/>,
    /// <c>…ForSequenceClassification</c> as the architecture.
    /// </summary>
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary>
    /// How a token classifier reads a word off its subwords: <see cref="FirstSubword"/> (Hugging Face's convention, the default)
    /// or <see cref="MeanOfSubwords"/> (the mean of all its subwords, which sees the word's ending); <c>word_pooling</c> in config.json.
    /// </summary>
    public string WordPooling { get; init; } = FirstSubword;

    /// <summary>A word is its first subword's hidden state.</summary>
    public const string FirstSubword = "first";

    /// <summary>A word is the mean of its subwords' hidden states.</summary>
    public const string MeanOfSubwords = "mean";

    /// <summary>Whether the <see cref="Labels"/> are of whole sequences (intents) rather than of tokens.</summary>
    public bool ClassifiesSequences { get; init; }

    /// <summary>The width of one attention head.</summary>
    public int HeadSize => HiddenSize / NumAttentionHeads;

    /// <summary>The first position id: <c>pad_token_id + 1</c> for XLM-R, 0 for BERT.</summary>
    public int PositionOffset => Family == EncoderFamily.XlmRoberta ? PadTokenId + 1 : 0;

    /// <summary>The longest input sequence, special tokens included.</summary>
    public int MaxSequenceLength => MaxPositionEmbeddings - PositionOffset;

    /// <summary>The name of the backbone in task models (<c>roberta</c> or <c>bert</c>), the prefix of its parameters.</summary>
    public string BackboneName => Family == EncoderFamily.XlmRoberta ? "roberta" : "bert";
}
