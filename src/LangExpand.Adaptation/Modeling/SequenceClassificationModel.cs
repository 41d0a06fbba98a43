using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Modeling;

/// <summary>
/// Hugging Face's <c>XLMRobertaForSequenceClassification</c> (backbone <c>roberta.</c> without pooler and a
/// <c>classifier.dense</c> / <c>classifier.out_proj</c> head on <c>&lt;s&gt;</c>) or <c>BertForSequenceClassification</c>
/// (backbone <c>bert.</c> with <c>bert.pooler.dense</c>, dropout and a linear <c>classifier</c>), with the same parameter names.
/// </summary>
public sealed class SequenceClassificationModel : NamedModule
{
    private readonly SequenceClassificationHead? _robertaHead;
    private readonly Linear? _bertClassifier;

    /// <summary>Creates the model for <paramref name="labels"/> labels (weights uninitialised: see <see cref="WeightInitializer"/>).</summary>
    public SequenceClassificationModel(EncoderConfig config, int labels) : base("sequence_classification")
    {
        var bert = config.Family == EncoderFamily.Bert;
        Encoder = new EncoderModel(config, addPoolingLayer: bert);
        register_module(config.BackboneName, Encoder);
        if (bert)
        {
            _bertClassifier = nn.Linear(config.HiddenSize, labels);
            register_module("classifier", _bertClassifier);
        }
        else
        {
            _robertaHead = new SequenceClassificationHead(config, labels);
            register_module("classifier", _robertaHead);
        }
    }

    /// <summary>The backbone.</summary>
    public EncoderModel Encoder { get; }

    /// <summary>Label logits (<c>[batch, labels]</c>) of <paramref name="inputIds"/> (<c>[batch, length]</c>, starting with <c>&lt;s&gt;</c> / <c>[CLS]</c>).</summary>
    public Tensor Logits(Tensor inputIds, Tensor? attentionMask)
    {
        using var scope = NewDisposeScope();
        var hidden = Encoder.Forward(inputIds, attentionMask);
        var dropout = Encoder.Config.ClassifierDropout ?? Encoder.Config.HiddenDropoutProb;
        var logits = _robertaHead is { } head
            ? head.Forward(hidden, dropout, training)
            : _bertClassifier!.forward(Regularization.Dropout(Encoder.Pool(hidden), dropout, training));
        return logits.MoveToOuterDisposeScope();
    }
}
