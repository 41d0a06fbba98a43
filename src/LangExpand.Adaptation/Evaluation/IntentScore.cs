using System.Text.Json.Nodes;

namespace LangExpand.Adaptation.Evaluation;

/// <summary>How a sequence classifier did on test utterances.</summary>
/// <param name="Accuracy">Utterance accuracy (intents unseen in training count as errors).</param>
/// <param name="MacroF1">F1 averaged over the intents that occur in the gold labels or the predictions.</param>
/// <param name="Utterances">Test utterances.</param>
public sealed record IntentScore(double Accuracy, double MacroF1, int Utterances)
{
    /// <summary>The score as JSON (<c>accuracy</c>, <c>macro_f1</c>, <c>utterances</c>).</summary>
    public JsonObject ToJson() => new()
    {
        ["accuracy"] = Math.Round(Accuracy, 4),
        ["macro_f1"] = Math.Round(MacroF1, 4),
        ["utterances"] = Utterances,
    };

    /// <summary>The score of <paramref name="predicted"/> against <paramref name="gold"/> (same length, at least one).</summary>
    public static IntentScore Of(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var correct = gold.Where((label, i) => predicted[i] == label).Count();
        var f1s = gold.Concat(predicted).Distinct(StringComparer.Ordinal).Select(label =>
        {
            var truePositives = gold.Where((g, i) => g == label && predicted[i] == label).Count();
            var claimed = predicted.Count(p => p == label) + gold.Count(g => g == label);
            return 2.0 * truePositives / claimed;
        });
        return new IntentScore((double)correct / gold.Count, f1s.Average(), gold.Count);
    }
}
