using LangExpand.Adaptation.Modeling;
using LangExpand.Tokenization;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Checkpoints;

/// <summary>A fine-tuned classifier loaded from a model directory, with its tokenizer.</summary>
/// <param name="Model">A <see cref="TokenClassificationModel"/> or a <see cref="SequenceClassificationModel"/>, in evaluation mode on the requested device.</param>
/// <param name="Config">Its configuration; <see cref="EncoderConfig.Labels"/> are the classes.</param>
/// <param name="Tokenizer">The directory's tokenizer.</param>
public sealed record LoadedClassifier(nn.Module Model, EncoderConfig Config, ISubwordTokenizer Tokenizer) : IDisposable
{
    /// <summary>Releases the model's tensors.</summary>
    public void Dispose() => Model.Dispose();
}
