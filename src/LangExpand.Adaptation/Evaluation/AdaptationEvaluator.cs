using LangExpand.Adaptation.Checkpoints;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Evaluation;

/// <summary>
/// Evaluates a model directory: cross-lingual retrieval, pseudo-perplexity on the target side of the retrieval pairs and,
/// when given labelled files, POS tagging after fine-tuning.
/// </summary>
public static class AdaptationEvaluator
{
    /// <summary>
    /// Retrieval over <paramref name="retrieval"/> (source and target Bibles: verse TSV or CES XML), the pseudo-perplexity of
    /// the target verses retrieved, and, with <paramref name="pos"/> (train and test files), the accuracy of a fine-tuned tagger.
    /// </summary>
    public static EvaluationReport Evaluate(string modelDirectory, (string Source, string Target) retrieval, (string Train, string Test)? pos,
        Device device, EvaluationOptions options)
    {
        if (pos is not null)
        {
            options.Tagging.Validate();
        }
        var loaded = EncoderCheckpoint.LoadMaskedLm(modelDirectory, device);
        loaded.Model.eval();
        var (sources, targets) = RetrievalEvaluator.Pairs(retrieval.Source, retrieval.Target, options.MaxPairs, options.HeldOutLast);
        var (topOne, pairs) = RetrievalEvaluator.TopOne(loaded.Model.Encoder, loaded.Tokenizer, sources, targets, device);
        double? pseudoPerplexity = options.PseudoPerplexitySentences > 0
            ? PseudoPerplexity.Compute(loaded.Model, loaded.Tokenizer, targets, device, options.PseudoPerplexitySentences)
            : null;
        double? accuracy = pos is { } files
            ? TokenTagger.TrainAndScore(loaded, TaggedData.Read(files.Train), TaggedData.Read(files.Test), options.Tagging, device)
            : null;
        return new EvaluationReport(modelDirectory, topOne, pairs, pseudoPerplexity, accuracy);
    }
}
