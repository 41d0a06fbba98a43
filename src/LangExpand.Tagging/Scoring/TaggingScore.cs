using System.Globalization;
using System.Text.Json.Nodes;

namespace LangExpand.Tagging.Scoring;

/// <summary>
/// UPOS and UFeats accuracy over the syntactic words of a file. UFeats counts a word right when its whole FEATS string
/// equals the gold one (so <c>_</c> against <c>_</c> is right); both are percentages of all words.
/// </summary>
/// <param name="Words">Words scored.</param>
/// <param name="UposCorrect">Words whose UPOS equals the gold UPOS.</param>
/// <param name="UfeatsCorrect">Words whose FEATS string equals the gold one.</param>
public sealed record TaggingScore(int Words, int UposCorrect, int UfeatsCorrect)
{
    /// <summary>UPOS accuracy, percent.</summary>
    public double UposAccuracy => Percent(UposCorrect);

    /// <summary>UFeats accuracy, percent.</summary>
    public double UfeatsAccuracy => Percent(UfeatsCorrect);

    /// <summary>The figures as a JSON object (<c>words</c>, <c>upos</c>, <c>ufeats</c> in percent, and the counts).</summary>
    public JsonObject ToJson() => new()
    {
        ["words"] = Words,
        ["upos"] = Math.Round(UposAccuracy, 4),
        ["ufeats"] = Math.Round(UfeatsAccuracy, 4),
        ["upos_correct"] = UposCorrect,
        ["ufeats_correct"] = UfeatsCorrect,
    };

    /// <summary>Two lines: UPOS and UFeats accuracy with their counts.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"UPOS   {UposAccuracy:F2} % ({UposCorrect}/{Words})\nUFeats {UfeatsAccuracy:F2} % ({UfeatsCorrect}/{Words})\n");

    private double Percent(int correct) => Words == 0 ? 0 : 100.0 * correct / Words;
}
