namespace LangExpand.Evaluation;

/// <summary>Counts for a group of gold items: how many there are, how many were predicted exactly, and the summed distance.</summary>
/// <param name="Items">The number of distinct gold (lemma, features) keys in the group.</param>
/// <param name="Correct">How many of them were predicted exactly (ordinal, case-sensitive).</param>
/// <param name="TotalDistance">The sum of the Levenshtein distances between gold and predicted forms.</param>
public sealed record Tally(int Items, int Correct, long TotalDistance)
{
    /// <summary>An empty group.</summary>
    public static Tally Empty { get; } = new(0, 0, 0);

    /// <summary>How many items were predicted wrongly (or not at all).</summary>
    public int Errors => Items - Correct;

    /// <summary>
    /// Exact-match accuracy in percent, unrounded and computed as <c>correct / total * 100</c> like <c>evalm.py</c>;
    /// null for an empty group.
    /// </summary>
    public double? Accuracy => Items == 0 ? null : (double)Correct / Items * 100;

    /// <summary>Mean Levenshtein distance per item, unrounded; null for an empty group.</summary>
    public double? MeanDistance => Items == 0 ? null : (double)TotalDistance / Items;

    /// <summary>This tally with one more item.</summary>
    /// <param name="correct">Whether the item was predicted exactly.</param>
    /// <param name="distance">Its edit distance.</param>
    public Tally Add(bool correct, int distance) => new(Items + 1, Correct + (correct ? 1 : 0), TotalDistance + distance);

    /// <summary>The counts of this group and <paramref name="other"/> together.</summary>
    public Tally Plus(Tally other) => new(Items + other.Items, Correct + other.Correct, TotalDistance + other.TotalDistance);
}
