using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Modeling;

/// <summary>
/// Hugging Face's <c>XLMRobertaForTokenClassification</c> / <c>BertForTokenClassification</c>: the backbone
/// (<c>roberta.</c> / <c>bert.</c>), dropout and a linear <c>classifier</c>.
/// </summary>
public sealed class TokenClassificationModel : NamedModule
{
    private readonly Linear _classifier;

    /// <summary>Creates the model for <paramref name="labels"/> labels (weights uninitialised: see <see cref="WeightInitializer"/>).</summary>
    public TokenClassificationModel(EncoderConfig config, int labels) : base("token_classification")
    {
        Encoder = new EncoderModel(config);
        _classifier = nn.Linear(config.HiddenSize, labels);
        register_module(config.BackboneName, Encoder);
        register_module("classifier", _classifier);
    }

    /// <summary>The backbone.</summary>
    public EncoderModel Encoder { get; }

    /// <summary>
    /// Label logits of words: at the positions where <paramref name="selected"/> is true (a boolean <c>[batch, length]</c> mask:
    /// one position per word, <c>[selected, labels]</c>), or, for a float <c>[words, batch × length]</c> matrix, of each word's
    /// hidden states weighted by its row (mean pooling over a word's subwords).
    /// </summary>
    public Tensor Logits(Tensor inputIds, Tensor? attentionMask, Tensor selected)
    {
        using var scope = NewDisposeScope();
        var states = Encoder.Forward(inputIds, attentionMask);
        var hidden = selected.dtype == ScalarType.Bool ? states[selected] : selected.matmul(states.reshape(-1, states.shape[2]));
        var dropped = Regularization.Dropout(hidden, Encoder.Config.HiddenDropoutProb, training);
        return _classifier.forward(dropped).MoveToOuterDisposeScope();
    }
}
