namespace LangExpand.Evaluation;

/// <summary>The score of one language's inflection predictions against its gold standard.</summary>
public sealed record LanguageScore
{
    /// <summary>Creates a score; a language needs at least one gold item, as <c>evalm.py</c> divides by the count.</summary>
    /// <param name="language">The language's name or code, as the report should show it.</param>
    /// <param name="total">The counts over all distinct gold keys.</param>
    /// <param name="breakdown">The training-overlap breakdown, or null when no training data was given.</param>
    /// <param name="bundles">Per feature string scores in any order; they are sorted as <see cref="Bundles"/> says.</param>
    /// <param name="confusions">The kinds of error, most frequent first (see <see cref="Confusion.Tally"/>); null for none.</param>
    public LanguageScore(string language, Tally total, OverlapBreakdown? breakdown, IReadOnlyList<BundleScore> bundles,
        IReadOnlyList<Confusion>? confusions = null)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(total);
        ArgumentNullException.ThrowIfNull(bundles);
        if (total.Items == 0)
        {
            throw new ArgumentException($"the gold standard for '{language}' has no items to score", nameof(total));
        }
        Language = language;
        Total = total;
        Breakdown = breakdown;
        Confusions = confusions ?? [];
        Bundles = bundles
            .OrderByDescending(bundle => bundle.Tally.Errors)
            .ThenBy(bundle => bundle.Features, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The language's name or code.</summary>
    public string Language { get; }

    /// <summary>The counts over all distinct gold keys.</summary>
    public Tally Total { get; }

    /// <summary>The number of distinct gold (lemma, features) keys.</summary>
    public int Items => Total.Items;

    /// <summary>How many gold keys were predicted exactly.</summary>
    public int Correct => Total.Correct;

    /// <summary>Exact-match accuracy in percent, unrounded.</summary>
    public double Accuracy => Total.Accuracy!.Value;

    /// <summary>Mean Levenshtein distance between gold and predicted forms, unrounded.</summary>
    public double MeanDistance => Total.MeanDistance!.Value;

    /// <summary>The training-overlap breakdown, or null when no training data was given.</summary>
    public OverlapBreakdown? Breakdown { get; }

    /// <summary>The kinds of error (gold stretch → predicted stretch), most frequent first.</summary>
    public IReadOnlyList<Confusion> Confusions { get; }

    /// <summary>
    /// One entry per distinct feature string in the gold data, ordered by number of errors (most first), then by feature
    /// string in ordinal order.
    /// </summary>
    public IReadOnlyList<BundleScore> Bundles { get; }
}
