using TorchSharp;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Modeling;

/// <summary>
/// Hugging Face's <c>XLMRobertaForMaskedLM</c> / <c>BertForMaskedLM</c>: the backbone (<c>roberta.</c> / <c>bert.</c>) and the
/// tied MLM head, with the same parameter names, so a state dict maps one to one. The head runs only at masked positions.
/// </summary>
public sealed class MaskedLanguageModel : NamedModule
{
    private readonly MaskedLmHead _head;

    /// <summary>Creates the model with the shapes of <paramref name="config"/> (weights uninitialised: see <see cref="WeightInitializer"/>).</summary>
    public MaskedLanguageModel(EncoderConfig config) : base("masked_lm")
    {
        Encoder = new EncoderModel(config);
        _head = new MaskedLmHead(config);
        register_module(config.BackboneName, Encoder);
        register_module(config.Family == EncoderFamily.XlmRoberta ? "lm_head" : "cls",
            config.Family == EncoderFamily.XlmRoberta ? _head : new ModuleGroup("cls", ("predictions", _head)));
    }

    /// <summary>The backbone.</summary>
    public EncoderModel Encoder { get; }

    /// <summary>The configuration.</summary>
    public EncoderConfig Config => Encoder.Config;

    /// <summary>The MLM head's output bias.</summary>
    internal MaskedLmHead Head => _head;

    /// <summary>
    /// Logits (<c>[masked, vocab]</c>) at the positions where <paramref name="maskedPositions"/> (bool, <c>[batch, length]</c>)
    /// is true, in row-major order.
    /// </summary>
    public Tensor MaskedLogits(Tensor inputIds, Tensor? attentionMask, Tensor maskedPositions)
    {
        using var scope = NewDisposeScope();
        var hidden = Encoder.Forward(inputIds, attentionMask);
        var selected = hidden[maskedPositions];
        return _head.Forward(selected, Encoder.WordEmbeddings).MoveToOuterDisposeScope();
    }

    /// <summary>The mean cross-entropy of predicting <paramref name="labels"/> (<c>[masked]</c>) at <paramref name="maskedPositions"/>.</summary>
    public Tensor Loss(Tensor inputIds, Tensor? attentionMask, Tensor maskedPositions, Tensor labels)
    {
        using var scope = NewDisposeScope();
        var logits = MaskedLogits(inputIds, attentionMask, maskedPositions);
        return nn.functional.cross_entropy(logits, labels).MoveToOuterDisposeScope();
    }
}
