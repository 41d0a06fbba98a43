using LangExpand.Core.Diagnostics;
using LangExpand.Parallel.Alignment;

namespace LangExpand.Parallel.Scoring;

/// <summary>
/// Alignment error rate (Och &amp; Ney 2003) over a corpus: AER = 1 − (|A∩S| + |A∩P|) / (|A| + |S|), with the counts summed
/// over all sentence pairs, A the predicted links, S the sure and P the possible (sure included) gold links.
/// </summary>
public static class AlignmentErrorRate
{
    /// <summary>Scores <paramref name="predicted"/> against <paramref name="gold"/>, pair by pair.</summary>
    /// <exception cref="LangExpandException">The two lists differ in length (<see cref="ErrorCode.NotEnoughData"/>).</exception>
    public static AerScore Score(IReadOnlyList<GoldAlignment> gold, IReadOnlyList<WordAlignment> predicted)
    {
        if (gold.Count != predicted.Count)
        {
            throw new LangExpandException(ErrorCode.NotEnoughData, $"the gold alignment has {gold.Count} sentence pairs, the tested one {predicted.Count}",
                expected: "one line per sentence pair in both");
        }
        if (gold.Count == 0)
        {
            throw new LangExpandException(ErrorCode.NotEnoughData, "no sentence pairs to score", expected: "gold and tested alignments with at least one line");
        }
        int links = 0, sure = 0, possible = 0, hitSure = 0, hitPossible = 0;
        for (var k = 0; k < gold.Count; k++)
        {
            links += predicted[k].Count;
            sure += gold[k].Sure.Count;
            possible += gold[k].Possible.Count;
            hitSure += predicted[k].Links.Count(gold[k].Sure.Contains);
            hitPossible += predicted[k].Links.Count(gold[k].Possible.Contains);
        }
        return new AerScore(gold.Count, links, sure, possible, hitSure, hitPossible);
    }
}

/// <summary>The counts behind an alignment error rate, and the rates.</summary>
/// <param name="Sentences">Sentence pairs scored.</param>
/// <param name="Predicted">|A|, predicted links.</param>
/// <param name="Sure">|S|, sure gold links.</param>
/// <param name="Possible">|P|, possible gold links (sure included).</param>
/// <param name="PredictedSure">|A∩S|.</param>
/// <param name="PredictedPossible">|A∩P|.</param>
public sealed record AerScore(int Sentences, int Predicted, int Sure, int Possible, int PredictedSure, int PredictedPossible)
{
    /// <summary>1 − (|A∩S| + |A∩P|) / (|A| + |S|); 0 when there is nothing to align and nothing was predicted.</summary>
    public double Aer => Predicted + Sure == 0 ? 0 : 1 - (double)(PredictedSure + PredictedPossible) / (Predicted + Sure);

    /// <summary>|A∩P| / |A|.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)PredictedPossible / Predicted;

    /// <summary>|A∩S| / |S|.</summary>
    public double Recall => Sure == 0 ? 0 : (double)PredictedSure / Sure;

    /// <summary>A one-line summary: <c>AER 0.2513 (precision …, recall …; …)</c>.</summary>
    public override string ToString() => FormattableString.Invariant(
        $"AER {Aer:F4} (precision {Precision:F4}, recall {Recall:F4}; {Sentences} pairs, {Predicted} predicted, {Sure} sure, {Possible} possible links)");
}
