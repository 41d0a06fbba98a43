using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Modeling;

/// <summary>
/// Hugging Face's <c>RobertaClassificationHead</c> (registered as <c>classifier</c>): dropout, <c>dense</c> with tanh, dropout
/// and <c>out_proj</c> on the first token (<c>&lt;s&gt;</c>).
/// </summary>
internal sealed class SequenceClassificationHead : NamedModule
{
    private readonly Linear _dense;
    private readonly Linear _outProj;

    /// <summary>Creates the head for <paramref name="labels"/> labels.</summary>
    public SequenceClassificationHead(EncoderConfig config, int labels) : base("classifier")
    {
        _dense = nn.Linear(config.HiddenSize, config.HiddenSize);
        _outProj = nn.Linear(config.HiddenSize, labels);
        register_module("dense", _dense);
        register_module("out_proj", _outProj);
    }

    /// <summary>Label logits (<c>[batch, labels]</c>) from the last hidden states; <paramref name="dropout"/> is applied when <paramref name="training"/>.</summary>
    public Tensor Forward(Tensor hidden, double dropout, bool training)
    {
        using var scope = NewDisposeScope();
        var first = Regularization.Dropout(hidden[TensorIndex.Colon, 0], dropout, training);
        var dense = Regularization.Dropout(_dense.forward(first).tanh(), dropout, training);
        return _outProj.forward(dense).MoveToOuterDisposeScope();
    }
}
