using System.Text;
using LangExpand.Core.Inflection;

namespace LangExpand.Evaluation;

/// <summary>
/// Scores inflection predictions with the semantics of SIGMORPHON's official <c>evalm.py</c>: items are keyed by
/// (lemma, features as written), a later duplicate key replaces an earlier one, a gold key without a prediction is
/// compared with the empty string, matches are exact (ordinal, case-sensitive) and distances are Levenshtein over
/// code points.
/// </summary>
public static class InflectionScorer
{
    private static readonly Lazy<bool> NormalizationWorks =
        new(() => "e\u0301".Normalize(NormalizationForm.FormC) == "\u00e9");

    /// <summary>Scores one language.</summary>
    /// <param name="language">The language's name or code, as reports should show it.</param>
    /// <param name="gold">The gold standard; every triple needs a form.</param>
    /// <param name="predictions">The system's output; a null form counts as the empty string.</param>
    /// <param name="training">The training data, for the 2022 overlap breakdown; null for no breakdown.</param>
    /// <param name="options">Comparison choices; null for <see cref="ScoringOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">A gold triple has no form, or the gold standard is empty.</exception>
    /// <exception cref="NotSupportedException">
    /// NFC normalisation was asked for in a process running in globalization-invariant mode, where
    /// <see cref="string.Normalize(NormalizationForm)"/> silently leaves text unchanged.
    /// </exception>
    public static LanguageScore Score(
        string language,
        IReadOnlyList<InflectionTriple> gold,
        IReadOnlyList<InflectionTriple> predictions,
        IReadOnlyList<InflectionTriple>? training = null,
        ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predictions);
        var normalize = (options ?? ScoringOptions.Default).NormalizeToNfc;
        if (normalize && !NormalizationWorks.Value)
        {
            throw new NotSupportedException(
                "NFC normalisation is unavailable: this process runs in globalization-invariant mode, where string.Normalize " +
                "does nothing; run with InvariantGlobalization=false (ICU installed) or score without NFC");
        }
        var guesses = Index(predictions, normalize);
        var seenLemmas = (training ?? []).Select(item => Normalize(item.Lemma, normalize)).ToHashSet(StringComparer.Ordinal);
        var seenFeatures = (training ?? []).Select(item => item.Features.ToString()).ToHashSet(StringComparer.Ordinal);

        var total = Tally.Empty;
        var breakdown = training is null ? null : OverlapBreakdown.Empty;
        var bundles = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var errors = new List<(string Gold, string Predicted)>();
        foreach (var ((lemma, features), expected) in Index(gold, normalize))
        {
            var form = expected ?? throw new ArgumentException(
                $"gold item '{lemma}' / '{features}' of '{language}' has no form", nameof(gold));
            var guess = guesses.GetValueOrDefault((lemma, features)) ?? "";
            var correct = string.Equals(form, guess, StringComparison.Ordinal);
            var distance = correct ? 0 : Levenshtein.Distance(form, guess);
            if (!correct)
            {
                errors.Add((form, guess));
            }
            total = total.Add(correct, distance);
            bundles[features] = bundles.GetValueOrDefault(features, Tally.Empty).Add(correct, distance);
            breakdown = breakdown?.Add(seenLemmas.Contains(lemma), seenFeatures.Contains(features), correct, distance);
        }
        var bundleScores = bundles.Select(pair => new BundleScore(pair.Key, pair.Value)).ToArray();
        return new LanguageScore(language, total, breakdown, bundleScores, Confusion.Tally(errors));
    }

    private static Dictionary<(string Lemma, string Features), string?> Index(IReadOnlyList<InflectionTriple> items, bool normalize)
    {
        var index = new Dictionary<(string, string), string?>();
        foreach (var item in items)
        {
            var (lemma, features) = item.Key;
            index[(Normalize(lemma, normalize), features)] = item.Form is null ? null : Normalize(item.Form, normalize);
        }
        return index;
    }

    private static string Normalize(string text, bool normalize) =>
        normalize ? text.Normalize(NormalizationForm.FormC) : text;
}
