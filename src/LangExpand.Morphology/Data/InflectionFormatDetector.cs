using System.Text.RegularExpressions;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.Features;

namespace LangExpand.Morphology.Data;

/// <summary>
/// Decides the dialect of an inflection file from its name and content. Content decides the column order whenever
/// the lines show it (which column parses as a feature bundle); the file name picks the year among dialects with that
/// order, and decides alone only for files without forms (covered two-column files). Anything else is ambiguous and
/// must be named with <c>--format</c>.
/// </summary>
public static partial class InflectionFormatDetector
{
    private const int SampleLines = 500;

    /// <summary>Detects the dialect of rows already split into columns; <paramref name="source"/> names the input.</summary>
    public static InflectionFormat Detect(string source, IReadOnlyList<string[]> rows)
    {
        var candidates = CandidatesFromName(Path.GetFileName(source));
        var keyValue = rows.Take(SampleLines).Any(r => r.Skip(1).Any(IsKeyValueBundle));
        var order = OrderFromContent(source, rows);
        if (order is { } decided)
        {
            return candidates.FirstOrDefault(c => c.Order == decided)
                ?? (decided == ColumnOrder.LemmaFormFeatures ? InflectionFormat.UniMorph
                    : keyValue ? InflectionFormat.Sigmorphon2016 : InflectionFormat.Sigmorphon2023);
        }
        if (keyValue)
        {
            return InflectionFormat.Sigmorphon2016;
        }
        if (candidates.Count > 0 && candidates.All(c => c.Order == candidates[0].Order))
        {
            return candidates[0];
        }
        throw new LangExpandException(ErrorCode.AmbiguousFormat,
            "cannot tell whether forms go before or after the features (the lines have no forms and the file name does not say)",
            new SourceLocation(source, 0),
            $"--format with one of {string.Join(", ", InflectionFormat.All.Select(f => f.Name))}");
    }

    /// <summary>The dialects whose file-naming conventions match <paramref name="fileName"/>, most specific first.</summary>
    public static IReadOnlyList<InflectionFormat> CandidatesFromName(string fileName) => fileName switch
    {
        _ when Covered2023().IsMatch(fileName) => [InflectionFormat.Sigmorphon2023],
        _ when Task2016().IsMatch(fileName) => [InflectionFormat.Sigmorphon2016],
        _ when Conll2017().IsMatch(fileName) => [InflectionFormat.Sigmorphon2017, InflectionFormat.Sigmorphon2018],
        _ when Covered2019().IsMatch(fileName) => [InflectionFormat.Sigmorphon2019],
        _ when Shared2022().IsMatch(fileName) => [InflectionFormat.Sigmorphon2022],
        _ when Task2021().IsMatch(fileName) => [InflectionFormat.Sigmorphon2021, InflectionFormat.Sigmorphon2022],
        _ when Split2020Or2023().IsMatch(fileName) => [InflectionFormat.Sigmorphon2023, InflectionFormat.Sigmorphon2020],
        _ => [],
    };

    /// <summary>
    /// The column order shown by three-column lines: the one column of the two after the lemma that reads as a feature
    /// bundle. Null when no line shows it; <see cref="ErrorCode.AmbiguousFormat"/> when lines disagree.
    /// </summary>
    private static ColumnOrder? OrderFromContent(string source, IReadOnlyList<string[]> rows)
    {
        int formFirst = 0, featuresFirst = 0;
        foreach (var row in rows.Where(r => r.Length >= 3).Take(SampleLines))
        {
            var second = LooksLikeFeatures(row[1]);
            var third = LooksLikeFeatures(row[2]);
            formFirst += third && !second ? 1 : 0;
            featuresFirst += second && !third ? 1 : 0;
        }
        if (formFirst == featuresFirst)
        {
            return null;
        }
        var (winner, loser) = formFirst > featuresFirst ? (formFirst, featuresFirst) : (featuresFirst, formFirst);
        if (loser * 10 > winner)
        {
            throw new LangExpandException(ErrorCode.AmbiguousFormat,
                $"lines disagree on the column order ({formFirst} look like lemma<TAB>form<TAB>features, {featuresFirst} like lemma<TAB>features<TAB>form)",
                new SourceLocation(source, 0), "one column order throughout, or --format");
        }
        return formFirst > featuresFirst ? ColumnOrder.LemmaFormFeatures : ColumnOrder.LemmaFeaturesForm;
    }

    /// <summary>A bundle with a part of speech, two or more features, or key=value items; a lone word does not count.</summary>
    private static bool LooksLikeFeatures(string text) =>
        FeatureBundle.TryParse(text, out var bundle, out _)
        && (bundle.PartOfSpeech is not null || bundle.Elements.Count >= 2 || bundle.Syntax == FeatureSyntax.KeyValue);

    private static bool IsKeyValueBundle(string text) =>
        text.Contains('=') && FeatureBundle.TryParse(text, out var bundle, out _) && bundle.Syntax == FeatureSyntax.KeyValue;

    [GeneratedRegex(@"\.covered\.(tst|dev|trn)$")]
    private static partial Regex Covered2023();

    [GeneratedRegex(@"-task\d-(train|dev|test)(-covered)?$")]
    private static partial Regex Task2016();

    [GeneratedRegex(@"-(train-(low|medium|high)|dev|test|covered-test)$")]
    private static partial Regex Conll2017();

    [GeneratedRegex(@"-test-covered$")]
    private static partial Regex Covered2019();

    [GeneratedRegex(@"(_(small|large)\.train|\.gold)$")]
    private static partial Regex Shared2022();

    [GeneratedRegex(@"\.(train|test)$")]
    private static partial Regex Task2021();

    [GeneratedRegex(@"\.(trn|dev|tst)$")]
    private static partial Regex Split2020Or2023();
}
