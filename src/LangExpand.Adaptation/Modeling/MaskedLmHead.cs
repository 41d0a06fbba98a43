using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Modeling;

/// <summary>
/// The MLM head: <c>dense</c>, activation, layer norm, then a decoder tied to the word embeddings plus <c>bias</c>. Named as
/// XLM-R's <c>lm_head</c> (<c>dense</c>, <c>layer_norm</c>, <c>bias</c>) or BERT's <c>cls.predictions</c>
/// (<c>transform.dense</c>, <c>transform.LayerNorm</c>, <c>bias</c>); the tied decoder weight is not a parameter of its own.
/// </summary>
internal sealed class MaskedLmHead : NamedModule
{
    private readonly Linear _dense;
    private readonly LayerNorm _norm;
    private readonly Func<Tensor, Tensor> _activation;

    /// <summary>Creates the head of <paramref name="config"/>.</summary>
    public MaskedLmHead(EncoderConfig config) : base(config.Family == EncoderFamily.XlmRoberta ? "lm_head" : "predictions")
    {
        _dense = nn.Linear(config.HiddenSize, config.HiddenSize);
        _norm = nn.LayerNorm([config.HiddenSize], config.LayerNormEps);
        _activation = Activations.Resolve(config.HiddenAct);
        if (config.Family == EncoderFamily.XlmRoberta)
        {
            register_module("dense", _dense);
            register_module("layer_norm", _norm);
        }
        else
        {
            register_module("transform", new ModuleGroup("transform", ("dense", _dense), ("LayerNorm", _norm)));
        }
        Bias = nn.Parameter(zeros(config.VocabSize));
        register_parameter("bias", Bias);
    }

    /// <summary><c>bias</c>: the decoder's output bias (Hugging Face ties <c>decoder.bias</c> to it).</summary>
    public Parameter Bias { get; private set; }

    /// <summary>Replaces the output bias (after a vocabulary resize).</summary>
    public void ReplaceBias(Tensor bias)
    {
        Bias = nn.Parameter(bias);
        register_parameter("bias", Bias);
    }

    /// <summary>Logits over the vocabulary (<c>[n, vocab]</c>) for the hidden states <paramref name="hidden"/> (<c>[n, hidden]</c>).</summary>
    public Tensor Forward(Tensor hidden, Tensor wordEmbeddings)
    {
        using var scope = NewDisposeScope();
        var transformed = _norm.forward(_activation(_dense.forward(hidden)));
        return nn.functional.linear(transformed, wordEmbeddings, Bias).MoveToOuterDisposeScope();
    }
}
