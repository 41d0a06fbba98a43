using LangExpand.Adaptation.Modeling;
using LangExpand.Core.Diagnostics;
using LangExpand.Tokenization;
using LangExpand.Torch.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Checkpoints;

/// <summary>
/// Loads what <c>adapt finetune</c> saves: a Hugging Face directory whose <c>config.json</c> names a
/// <c>…ForTokenClassification</c> or <c>…ForSequenceClassification</c> architecture with its <c>id2label</c>.
/// </summary>
public static class ClassifierCheckpoint
{
    /// <summary>
    /// The classifier of <paramref name="directory"/> on <paramref name="device"/>; a directory holding another kind of model
    /// (a masked language model) fails naming its <c>config.json</c>.
    /// </summary>
    public static LoadedClassifier Load(string directory, Device device)
    {
        TorchRuntime.EnsureLoaded();
        var config = EncoderConfigFile.Read(directory);
        var labels = config.Labels ?? throw new LangExpandException(ErrorCode.InvalidModel,
            "the model is not a classifier (config.json has no classification architecture with id2label)",
            new SourceLocation(Path.Combine(directory, EncoderConfigFile.FileName), 0),
            "a directory written by 'adapt finetune' (…ForTokenClassification or …ForSequenceClassification)");
        var tokenizer = TokenizerDirectory.Load(directory);
        EncoderCheckpoint.CheckTokenizer(config, tokenizer, directory);
        nn.Module model = config.ClassifiesSequences
            ? new SequenceClassificationModel(config, labels.Count)
            : new TokenClassificationModel(config, labels.Count);
        try
        {
            EncoderCheckpoint.LoadWeightsInto(model, config, directory);
        }
        catch
        {
            model.Dispose();
            throw;
        }
        model.eval();
        model.to(device);
        return new LoadedClassifier(model, config, tokenizer);
    }
}
