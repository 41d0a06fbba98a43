using static LangExpand.Evaluation.Tests.Triples;

namespace LangExpand.Evaluation.Tests;

public class InflectionScorerTests
{
    [Theory]
    [InlineData("walked", 6)]
    [InlineData("\U0001F600x", 2)]
    [InlineData("e\u0301", 2)]
    public void A_missing_prediction_counts_as_the_empty_string(string form, int expectedDistance)
    {
        var score = InflectionScorer.Score("eng", [Triple("walk", "V;PST", form)], []);

        Assert.Equal(0, score.Correct);
        Assert.Equal(expectedDistance, score.MeanDistance);
    }

    [Fact]
    public void A_prediction_without_a_form_counts_as_the_empty_string()
    {
        var score = InflectionScorer.Score("eng", Parse("walk|V;PST|walked"), [Triple("walk", "V;PST", null)]);

        Assert.Equal(6, score.MeanDistance);
    }

    [Fact]
    public void A_later_duplicate_gold_key_replaces_the_earlier_one()
    {
        var gold = Parse("walk|V;PST|walkt", "walk|V;PST|walked");

        var score = InflectionScorer.Score("eng", gold, Parse("walk|V;PST|walked"));

        Assert.Equal((1, 1), (score.Items, score.Correct));
    }

    [Fact]
    public void A_later_duplicate_prediction_replaces_the_earlier_one()
    {
        var predictions = Parse("walk|V;PST|walked", "walk|V;PST|walkt");

        var score = InflectionScorer.Score("eng", Parse("walk|V;PST|walked"), predictions);

        Assert.Equal((0, 2.0), (score.Correct, score.MeanDistance));
    }

    [Fact]
    public void Features_are_keyed_as_written_so_reordered_features_do_not_match()
    {
        var score = InflectionScorer.Score("eng", Parse("walk|V;PST|walked"), Parse("walk|PST;V|walked"));

        Assert.Equal(0, score.Correct);
    }

    [Theory]
    [InlineData("walked", "walked", 100, 0)]
    [InlineData("walked", "Walked", 0, 1)]
    [InlineData("Straße", "STRASSE", 0, 6)]
    public void Matching_is_exact_and_case_sensitive(string gold, string guess, double accuracy, double distance)
    {
        var score = InflectionScorer.Score("x", [Triple("l", "V", gold)], [Triple("l", "V", guess)]);

        Assert.Equal((accuracy, distance), (score.Accuracy, score.MeanDistance));
    }

    [Theory]
    [InlineData(false, 0, 2)]
    [InlineData(true, 100, 0)]
    public void Nfc_normalisation_makes_composed_and_decomposed_forms_equal(bool normalize, double accuracy, double distance)
    {
        var options = new ScoringOptions { NormalizeToNfc = normalize };

        var score = InflectionScorer.Score("fra", [Triple("aller", "V", "all\u00e9")], [Triple("aller", "V", "alle\u0301")], options: options);

        Assert.Equal((accuracy, distance), (score.Accuracy, score.MeanDistance));
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 1)]
    public void Nfc_normalisation_applies_to_lemma_keys(bool normalize, int correct)
    {
        var options = new ScoringOptions { NormalizeToNfc = normalize };

        var score = InflectionScorer.Score("fra", [Triple("cr\u00e9er", "V", "cr\u00e9\u00e9")], [Triple("cre\u0301er", "V", "cr\u00e9\u00e9")], options: options);

        Assert.Equal(correct, score.Correct);
    }

    [Fact]
    public void Accuracy_and_mean_distance_keep_full_precision()
    {
        var gold = Parse("a|V|xa", "b|V|xb", "c|V|xc");

        var score = InflectionScorer.Score("x", gold, Parse("a|V|xa", "b|V|x"));

        Assert.Equal(1.0 / 3 * 100, score.Accuracy);
        Assert.Equal(3.0 / 3, score.MeanDistance);
    }

    [Fact]
    public void A_gold_item_without_a_form_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => InflectionScorer.Score("eng", [Triple("walk", "V;PST", null)], []));

        Assert.Contains("walk", error.Message);
    }

    [Fact]
    public void An_empty_gold_standard_is_rejected() =>
        Assert.Throws<ArgumentException>(() => InflectionScorer.Score("eng", [], Parse("walk|V;PST|walked")));

    [Fact]
    public void Without_training_data_there_is_no_breakdown() =>
        Assert.Null(InflectionScorer.Score("eng", Parse("walk|V;PST|walked"), []).Breakdown);
}
