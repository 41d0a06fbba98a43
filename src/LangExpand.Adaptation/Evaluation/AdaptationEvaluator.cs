using LangExpand.Adaptation.Checkpoints;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Evaluation;

/// <summary>Evaluates a model directory: cross-lingual retrieval and, when given labelled files, POS tagging after fine-tuning.</summary>
public static class AdaptationEvaluator
{
    /// <summary>
    /// Retrieval over <paramref name="retrieval"/> (source and target verse TSVs) and, with <paramref name="pos"/> (train and
    /// test files), the accuracy of a tagger fine-tuned with <paramref name="tagging"/>.
    /// </summary>
    public static EvaluationReport Evaluate(string modelDirectory, (string Source, string Target) retrieval, (string Train, string Test)? pos,
        Device device, int maxPairs = 1000, TaggingOptions? tagging = null)
    {
        var loaded = EncoderCheckpoint.LoadMaskedLm(modelDirectory, device);
        var (topOne, pairs) = RetrievalEvaluator.TopOne(loaded.Model.Encoder, loaded.Tokenizer, retrieval.Source, retrieval.Target, device, maxPairs);
        double? accuracy = pos is { } files
            ? TokenTagger.TrainAndScore(loaded, TaggedData.Read(files.Train), TaggedData.Read(files.Test), tagging ?? new TaggingOptions(), device)
            : null;
        return new EvaluationReport(modelDirectory, topOne, pairs, accuracy);
    }
}
