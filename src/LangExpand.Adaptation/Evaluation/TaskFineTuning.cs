using System.Globalization;
using LangExpand.Adaptation.Checkpoints;
using LangExpand.Core.Annotated;
using LangExpand.Core.Diagnostics;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Evaluation;

/// <summary>
/// Fine-tunes a task model from a masked language model directory and saves it in Hugging Face layout: sequence classification
/// (<see cref="IntentClassifier"/>) for JSONL utterances, token classification (<see cref="TokenTagger"/>) for CoNLL-U or token/label TSV.
/// </summary>
public static class TaskFineTuning
{
    /// <summary>
    /// Trains on <paramref name="train"/>, scores on <paramref name="test"/> (the same format) and writes the task model with the base
    /// model's tokenizer into <paramref name="output"/>, which must not hold a model yet.
    /// </summary>
    public static FineTuneReport Run(string baseModel, string train, string test, string output, TaggingOptions options, Device device)
    {
        options.Validate();
        EncoderCheckpoint.EnsureNoModel(output);
        if (IntentData.IsIntentFile(train) != IntentData.IsIntentFile(test))
        {
            throw new LangExpandException(ErrorCode.InvalidOption, "the training and test files are in different formats", new SourceLocation(test, 0),
                "both JSONL (intents) or both CoNLL-U / token-label TSV (tags)");
        }
        if (options.WithFeatures && !(TaggedData.IsConllu(train) && TaggedData.IsConllu(test)))
        {
            throw new LangExpandException(ErrorCode.InvalidOption, "joint UPOS|FEATS labels are read from CoNLL-U only",
                new SourceLocation(TaggedData.IsConllu(train) ? test : train, 0), "a .conllu training and test file, or no --features");
        }
        return IntentData.IsIntentFile(train)
            ? Intents(Some(IntentData.Read(train), train), Some(IntentData.Read(test), test), baseModel, output, options, device)
            : Tags(Some(TaggedData.Read(train, options.WithFeatures), train), Some(TaggedData.Gold(test, options.WithFeatures), test), baseModel, output, options, device);
    }

    /// <summary><paramref name="examples"/>, read from <paramref name="path"/>, unless there are none: then an error naming the file, before any work.</summary>
    private static IReadOnlyList<T> Some<T>(IReadOnlyList<T> examples, string path) => examples.Count > 0 ? examples
        : throw new LangExpandException(ErrorCode.NotEnoughData, "the file holds no example", new SourceLocation(path, 0), "at least one sentence with words, or one utterance");

    private static FineTuneReport Intents(IReadOnlyList<IntentExample> train, IReadOnlyList<IntentExample> test, string baseModel, string output, TaggingOptions options, Device device)
    {
        var loaded = EncoderCheckpoint.LoadMaskedLm(baseModel, device);
        using var classifier = IntentClassifier.Train(loaded, train, options, device);
        loaded.Model.Dispose();
        var score = IntentClassifier.Score(classifier, loaded.Tokenizer, test, device);
        var config = classifier.Encoder.Config;
        EncoderCheckpoint.Save(output, classifier, config, loaded.Tokenizer);
        return new FineTuneReport("intent", config.Labels!.Count, score.ToJson(),
            string.Create(CultureInfo.InvariantCulture, $"fine-tuned {config.Labels!.Count} intents: accuracy {score.Accuracy:P1}, macro F1 {score.MacroF1:P1} over {score.Utterances} test utterances"));
    }

    private static FineTuneReport Tags(IReadOnlyList<TaggedSentence> train, IReadOnlyList<TaggedSentence> test, string baseModel, string output, TaggingOptions options, Device device)
    {
        var loaded = EncoderCheckpoint.LoadMaskedLm(baseModel, device);
        using var tagger = TokenTagger.Train(loaded, train, options, device);
        loaded.Model.Dispose();
        var score = TokenTagger.Score(tagger, loaded.Tokenizer, test, device);
        var config = tagger.Encoder.Config;
        EncoderCheckpoint.Save(output, tagger, config, loaded.Tokenizer);
        var f1 = score.SpanF1 is { } value ? string.Create(CultureInfo.InvariantCulture, $", span F1 {value:P1}") : "";
        f1 += score.Morphology is { } morphology ? string.Create(CultureInfo.InvariantCulture, $", UPOS {morphology.Upos:P1}, UFeats {morphology.Ufeats:P1}") : "";
        return new FineTuneReport("token", config.Labels!.Count, score.ToJson(),
            string.Create(CultureInfo.InvariantCulture, $"fine-tuned {config.Labels!.Count} labels: accuracy {score.Accuracy:P1}{f1} over {score.Words} test words"));
    }
}
