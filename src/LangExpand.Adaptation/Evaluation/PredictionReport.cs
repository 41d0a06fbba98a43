using System.Globalization;

namespace LangExpand.Adaptation.Evaluation;

/// <summary>What <see cref="TaskPrediction.Run"/> labelled.</summary>
/// <param name="Task"><c>token</c> (POS, NER) or <c>intent</c>.</param>
/// <param name="Predicted">Words (token classifier) or utterances (intent classifier) given a predicted label.</param>
/// <param name="CutOff">Words past the model's length limit, written with <see cref="TaskPrediction.Unknown"/> instead.</param>
public sealed record PredictionReport(string Task, long Predicted, long CutOff)
{
    /// <summary>The report in one line for people.</summary>
    public string Summary => Task == TaskPrediction.IntentTask
        ? string.Create(CultureInfo.InvariantCulture, $"predicted the intents of {Predicted} utterances")
        : string.Create(CultureInfo.InvariantCulture, $"predicted the labels of {Predicted} words") + (CutOff > 0 ? $" ({CutOff} past the length limit left '{TaskPrediction.Unknown}')" : "");
}
