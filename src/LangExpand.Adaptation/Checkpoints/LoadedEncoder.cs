using LangExpand.Adaptation.Modeling;
using LangExpand.Tokenization;

namespace LangExpand.Adaptation.Checkpoints;

/// <summary>A masked language model loaded from a model directory, with its tokenizer and how its weights matched.</summary>
/// <param name="Model">The model (in evaluation mode, on the requested device).</param>
/// <param name="Tokenizer">The directory's tokenizer.</param>
/// <param name="Report">How the checkpoint's tensors matched the model.</param>
public sealed record LoadedEncoder(MaskedLanguageModel Model, ISubwordTokenizer Tokenizer, LoadReport Report)
{
    /// <summary>The model's configuration.</summary>
    public EncoderConfig Config => Model.Config;
}
