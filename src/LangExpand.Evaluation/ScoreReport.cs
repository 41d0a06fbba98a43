namespace LangExpand.Evaluation;

/// <summary>Scores for several languages with their macro averages, writable as Markdown or JSON.</summary>
public sealed record ScoreReport
{
    /// <summary>The number of rows of the per feature bundle table that <see cref="ToMarkdown"/> shows by default.</summary>
    public const int DefaultBundleRows = 20;

    /// <summary>The number of rows of the per-language confusion table that <see cref="ToMarkdown"/> shows by default.</summary>
    public const int DefaultConfusionRows = 10;

    /// <summary>Creates a report; languages keep the order given, which is the order every output uses.</summary>
    /// <param name="languages">At least one language score.</param>
    public ScoreReport(IReadOnlyList<LanguageScore> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        if (languages.Count == 0)
        {
            throw new ArgumentException("a score report needs at least one language", nameof(languages));
        }
        Languages = languages;
    }

    /// <summary>The language scores in input order.</summary>
    public IReadOnlyList<LanguageScore> Languages { get; }

    /// <summary>The unweighted mean of the languages' accuracies, in percent, unrounded.</summary>
    public double MacroAccuracy => Languages.Average(language => language.Accuracy);

    /// <summary>The unweighted mean of the languages' mean Levenshtein distances, unrounded.</summary>
    public double MacroMeanDistance => Languages.Average(language => language.MeanDistance);

    /// <summary>
    /// A GitHub Markdown report with numbers rounded to two decimals as <c>evalm.py</c> prints them: a table of languages
    /// with the macro average last in bold, then per language the training-overlap table (when there is one) and the
    /// feature bundles with the most errors and the most frequent confusions.
    /// </summary>
    /// <param name="bundleRows">How many feature bundles to list per language; 0 leaves the bundle tables out.</param>
    /// <param name="overlap">False leaves the training-overlap tables out (a summary of many languages).</param>
    /// <param name="confusionRows">How many confusions to list per language; 0 leaves the confusion tables out.</param>
    public string ToMarkdown(int bundleRows = DefaultBundleRows, bool overlap = true, int confusionRows = DefaultConfusionRows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bundleRows);
        ArgumentOutOfRangeException.ThrowIfNegative(confusionRows);
        return MarkdownReport.Write(this, bundleRows, overlap, confusionRows);
    }

    /// <summary>
    /// The whole report as indented JSON with camelCase names and unrounded numbers, every bundle included; an empty
    /// breakdown cell has null accuracy and mean distance.
    /// </summary>
    public string ToJson() => JsonReport.Write(this);
}
