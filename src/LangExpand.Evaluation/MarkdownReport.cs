using System.Globalization;
using System.Text;

namespace LangExpand.Evaluation;

/// <summary>Writes a <see cref="ScoreReport"/> as GitHub Markdown tables.</summary>
internal static class MarkdownReport
{
    private const string Missing = "–";

    public static string Write(ScoreReport report, int bundleRows, bool overlap, int confusionRows)
    {
        var text = new StringBuilder();
        Header(text, "Language", "Items", "Accuracy", "Mean Levenshtein");
        foreach (var language in report.Languages)
        {
            Row(text, Escape(language.Language), Count(language.Items), Number(language.Accuracy), Number(language.MeanDistance));
        }
        var items = report.Languages.Sum(language => language.Items);
        Row(text, "**Macro average**", $"**{Count(items)}**", $"**{Number(report.MacroAccuracy)}**", $"**{Number(report.MacroMeanDistance)}**");
        foreach (var language in report.Languages)
        {
            if (overlap && language.Breakdown is { } breakdown)
            {
                text.Append($"\n### {Escape(language.Language)}: overlap with training\n\n");
                Header(text, "Cell", "Items", "Accuracy", "Mean Levenshtein");
                foreach (var (_, description, tally) in breakdown.Cells.Concat(breakdown.Margins))
                {
                    Row(text, description, Count(tally.Items), Number(tally.Accuracy), Number(tally.MeanDistance));
                }
            }
            if (bundleRows > 0)
            {
                var shown = Math.Min(bundleRows, language.Bundles.Count);
                text.Append($"\n### {Escape(language.Language)}: feature bundles with most errors ({shown} of {language.Bundles.Count})\n\n");
                Header(text, "Features", "Items", "Correct", "Accuracy", "Mean Levenshtein");
                foreach (var bundle in language.Bundles.Take(shown))
                {
                    var tally = bundle.Tally;
                    Row(text, Escape(bundle.Features), Count(tally.Items), Count(tally.Correct), Number(tally.Accuracy), Number(tally.MeanDistance));
                }
            }
            if (confusionRows > 0 && language.Confusions.Count > 0)
            {
                Confusions(text, language, confusionRows);
            }
        }
        return text.ToString();
    }

    private static void Confusions(StringBuilder text, LanguageScore language, int rows)
    {
        var shown = Math.Min(rows, language.Confusions.Count);
        text.Append($"\n### {Escape(language.Language)}: most frequent confusions ({shown} of {language.Confusions.Count})\n\n");
        Header(text, "Gold", "Predicted", "Count", "Example (gold → predicted)");
        foreach (var confusion in language.Confusions.Take(shown))
        {
            Row(text, Stretch(confusion.Gold), Stretch(confusion.Predicted), Count(confusion.Count),
                $"{Escape(confusion.Example.Gold)} → {Escape(confusion.Example.Predicted)}");
        }
    }

    private static string Stretch(string text) => text.Length == 0 ? "∅" : Escape(text);

    private static void Header(StringBuilder text, string first, params string[] numeric)
    {
        Row(text, [first, .. numeric]);
        Row(text, [":--", .. numeric.Select(_ => "--:")]);
    }

    private static void Row(StringBuilder text, params string[] cells) =>
        text.Append("| ").AppendJoin(" | ", cells).Append(" |\n");

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double? value) => value?.ToString("F2", CultureInfo.InvariantCulture) ?? Missing;

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
