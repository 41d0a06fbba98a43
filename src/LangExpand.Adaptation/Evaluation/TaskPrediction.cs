using LangExpand.Adaptation.Checkpoints;
using LangExpand.Adaptation.Modeling;
using LangExpand.Core.Annotated;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Evaluation;

/// <summary>
/// Applies a classifier saved by <see cref="TaskFineTuning"/> to a file, keeping everything but the predicted field: UPOS of
/// CoNLL-U (<c>.conllu</c>; UPOS and FEATS when the model predicts joint <c>UPOS|FEATS</c> labels), the label column of token/label TSV (labels optional in the input) or <c>intent</c> of MASSIVE JSONL
/// (<c>.jsonl</c>). The format follows the input's extension.
/// </summary>
public static class TaskPrediction
{
    /// <summary>The label written for a word the model did not see (past its length limit).</summary>
    public const string Unknown = "_";

    /// <summary>The task name of token classification.</summary>
    public const string TokenTask = "token";

    /// <summary>The task name of sequence classification.</summary>
    public const string IntentTask = "intent";

    /// <summary>Labels <paramref name="input"/> with the classifier in <paramref name="model"/> and writes the result atomically to <paramref name="output"/>.</summary>
    public static PredictionReport Run(string model, string input, string output, Device device)
    {
        if (Path.GetFullPath(output) == Path.GetFullPath(input))
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"--out would overwrite the input file {input}", expected: "a different output path");
        }
        using var classifier = ClassifierCheckpoint.Load(model, device);
        OutputPaths.RefuseWritingInto([output], model);
        var intents = IntentData.IsIntentFile(input);
        return (classifier.Model, intents) switch
        {
            (SequenceClassificationModel sequences, true) => Intents(sequences, classifier, input, output, device),
            (TokenClassificationModel tokens, false) => TaggedData.IsConllu(input) ? TagConllu(tokens, classifier, input, output, device) : TagTsv(tokens, classifier, input, output, device),
            _ => throw new LangExpandException(ErrorCode.InvalidOption,
                $"the model is a {(intents ? "token" : "sequence")} classifier, which does not fit a {(intents ? "JSONL" : "CoNLL-U or TSV")} input", new SourceLocation(input, 0),
                "JSONL utterances for an intent classifier, CoNLL-U or token/label TSV for a token classifier"),
        };
    }

    private static PredictionReport Intents(SequenceClassificationModel model, LoadedClassifier classifier, string input, string output, Device device)
    {
        var records = UtteranceFile.Read(input).ToList();
        var predicted = IntentClassifier.Predict(model, classifier.Tokenizer, records.Select(r => SlotAnnotation.PlainText(r.Segments)).ToList(), device);
        for (var i = 0; i < records.Count; i++)
        {
            records[i].Json[IntentData.IntentField] = predicted[i];
        }
        UtteranceFile.Write(records, output);
        return new PredictionReport(IntentTask, records.Count, 0);
    }

    private static PredictionReport TagConllu(TokenClassificationModel model, LoadedClassifier classifier, string input, string output, Device device)
    {
        var sentences = ConlluReader.Read(input).ToList();
        var tagged = sentences.Select(TaggedData.FromConllu).ToList();
        var (labels, report) = Tag(model, classifier, tagged, device);
        var joint = MorphoLabel.AreJoint(classifier.Config.Labels!);
        ConlluWriter.Write(sentences.Select((sentence, s) =>
        {
            var word = 0;
            return sentence with
            {
                Lines = sentence.Lines.Select(line => line.Kind == ConlluLineKind.Word ? Labelled(line, labels[s][word++], joint) : line).ToList(),
            };
        }), output);
        return report;
    }

    /// <summary>
    /// The word line with its UPOS (and, for a joint <c>UPOS|FEATS</c> model, its FEATS, dropping a projected word's
    /// <c>Labelled=Upos</c> mark) replaced; <c>_</c> in both for a word the model did not see.
    /// </summary>
    private static ConlluLine Labelled(ConlluLine line, string label, bool joint)
    {
        if (!joint)
        {
            return line.With(ConlluLine.UposColumn, label);
        }
        // A word past the length limit gets no prediction: both predicted columns say so, none keeps the input's value.
        var (upos, feats) = label == Unknown ? (Unknown, Unknown) : MorphoLabel.Split(label);
        return line.With((ConlluLine.UposColumn, upos), (ConlluLine.FeatsColumn, feats), (ConlluLine.MiscColumn, MorphoLabel.WithoutUposOnly(line.Misc)));
    }

    private static PredictionReport TagTsv(TokenClassificationModel model, LoadedClassifier classifier, string input, string output, Device device)
    {
        var sentences = TaggedTokenFile.ReadTokens(input).ToList();
        var (labels, report) = Tag(model, classifier, sentences, device);
        TaggedTokenFile.Write(sentences.Select((sentence, s) => sentence with
        {
            Tokens = sentence.Tokens.Select((token, w) => token with { Label = labels[s][w] }).ToList(),
        }), output);
        return report;
    }

    private static (IReadOnlyList<string[]> Labels, PredictionReport Report) Tag(TokenClassificationModel model, LoadedClassifier classifier, IReadOnlyList<TaggedSentence> sentences, Device device)
    {
        var predicted = TokenTagger.Predict(model, classifier.Tokenizer, sentences.Where(s => s.Tokens.Count > 0).ToList(), device);
        var cutOff = predicted.Sum(tags => (long)tags.Count(tag => tag is null));
        var total = predicted.Sum(tags => (long)tags.Length);
        var next = 0;
        var labels = sentences.Select(s => s.Tokens.Count > 0 ? predicted[next++].Select(tag => tag ?? Unknown).ToArray() : []).ToList();
        return (labels, new PredictionReport(TokenTask, total - cutOff, cutOff));
    }
}
