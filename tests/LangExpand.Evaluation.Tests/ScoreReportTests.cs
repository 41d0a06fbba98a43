using System.Text.Json;
using static LangExpand.Evaluation.Tests.Triples;

namespace LangExpand.Evaluation.Tests;

public class ScoreReportTests
{
    private static readonly ScoreReport Report = new(
    [
        InflectionScorer.Score(
            "eng",
            Parse("walk|V;PST|walked", "walk|V;PRS;3;SG|walks", "walk|V;V.PTCP;PRS|walking"),
            Parse("walk|V;PST|walked", "walk|V;V.PTCP;PRS|walkin")),
        InflectionScorer.Score(
            "deu",
            Parse("gehen|V;PST;1;SG|ging", "gehen|V;PRS;1;SG|gehe", "laufen|V;PST;1;SG|lief", "laufen|V;NFIN|laufen"),
            Parse("gehen|V;PST;1;SG|gehte", "gehen|V;PRS;1;SG|gehe"),
            Parse("gehen|V;NFIN|gehen")),
    ]);

    [Fact]
    public void Macro_averages_weigh_every_language_equally()
    {
        Assert.Equal((1.0 / 3 * 100 + 25) / 2, Report.MacroAccuracy, 12);
        Assert.Equal((2 + 3.5) / 2, Report.MacroMeanDistance, 12);
    }

    [Fact]
    public void A_report_needs_at_least_one_language() =>
        Assert.Throws<ArgumentException>(() => new ScoreReport([]));

    [Fact]
    public void Markdown_lists_languages_in_input_order_with_the_macro_row_last_in_bold()
    {
        var lines = Report.ToMarkdown(bundleRows: 0).Split('\n');

        Assert.Equal(
        [
            "| Language | Items | Accuracy | Mean Levenshtein |",
            "| :-- | --: | --: | --: |",
            "| eng | 3 | 33.33 | 2.00 |",
            "| deu | 4 | 25.00 | 3.50 |",
            "| **Macro average** | **7** | **29.17** | **2.75** |",
        ],
            lines[..5]);
    }

    [Fact]
    public void Markdown_shows_the_overlap_table_only_for_languages_scored_with_training_data()
    {
        var markdown = Report.ToMarkdown(bundleRows: 0);

        Assert.DoesNotContain("### eng: overlap", markdown);
        Assert.Contains(
            "### deu: overlap with training\n\n" +
            "| Cell | Items | Accuracy | Mean Levenshtein |\n" +
            "| :-- | --: | --: | --: |\n" +
            "| lemma and features seen | 0 | – | – |\n" +
            "| lemma seen only | 2 | 50.00 | 2.00 |\n" +
            "| features seen only | 1 | 0.00 | 6.00 |\n" +
            "| neither seen | 1 | 0.00 | 4.00 |\n",
            markdown);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(20, 3)]
    [InlineData(3, 3)]
    public void Markdown_limits_each_bundle_table_to_the_requested_rows(int requested, int shown)
    {
        var markdown = Report.ToMarkdown(requested);

        var section = markdown[markdown.IndexOf("### deu: feature bundles", StringComparison.Ordinal)..];
        Assert.StartsWith($"### deu: feature bundles with most errors ({shown} of 3)", section);
        Assert.Equal(shown, section.Split('\n').Count(line => line.StartsWith("| V;", StringComparison.Ordinal)));
        Assert.Contains("| V;PST;1;SG | 2 | 0 | 0.00 | 4.00 |", section);
    }

    [Fact]
    public void Json_uses_camel_case_names_and_unrounded_numbers()
    {
        using var json = JsonDocument.Parse(Report.ToJson());
        var root = json.RootElement;
        var eng = root.GetProperty("languages")[0];

        Assert.Equal("eng", eng.GetProperty("language").GetString());
        Assert.Equal(3, eng.GetProperty("items").GetInt32());
        Assert.Equal(1, eng.GetProperty("correct").GetInt32());
        Assert.Equal(6, eng.GetProperty("totalDistance").GetInt64());
        Assert.Equal(1.0 / 3 * 100, eng.GetProperty("accuracy").GetDouble());
        Assert.Equal(2.0, eng.GetProperty("meanDistance").GetDouble());
        Assert.Equal(Report.MacroAccuracy, root.GetProperty("macroAccuracy").GetDouble());
        Assert.Equal(Report.MacroMeanDistance, root.GetProperty("macroMeanDistance").GetDouble());
    }

    [Fact]
    public void Json_gives_every_breakdown_cell_and_null_for_empty_ones()
    {
        using var json = JsonDocument.Parse(Report.ToJson());
        var languages = json.RootElement.GetProperty("languages");
        var breakdown = languages[1].GetProperty("breakdown");

        Assert.Equal(JsonValueKind.Null, languages[0].GetProperty("breakdown").ValueKind);
        Assert.Equal(
            ["both", "lemmaOnly", "featuresOnly", "neither", "lemmaSeen", "lemmaUnseen", "featuresSeen", "featuresUnseen"],
            breakdown.EnumerateObject().Select(cell => cell.Name));
        Assert.Equal(JsonValueKind.Null, breakdown.GetProperty("both").GetProperty("accuracy").ValueKind);
        Assert.Equal(50.0, breakdown.GetProperty("lemmaOnly").GetProperty("accuracy").GetDouble());
    }

    [Fact]
    public void Json_lists_every_bundle_worst_first()
    {
        using var json = JsonDocument.Parse(Report.ToJson());
        var bundles = json.RootElement.GetProperty("languages")[1].GetProperty("bundles");

        Assert.Equal(
            ["V;PST;1;SG", "V;NFIN", "V;PRS;1;SG"],
            bundles.EnumerateArray().Select(bundle => bundle.GetProperty("features").GetString()));
    }

    [Fact]
    public void Json_is_indented_with_line_feeds_and_the_same_every_time()
    {
        var text = Report.ToJson();

        Assert.Equal(text, Report.ToJson());
        Assert.DoesNotContain('\r', text);
        Assert.StartsWith("{\n  \"languages\": [\n", text);
    }
}
