using LangExpand.Core.Inflection;
using static LangExpand.Evaluation.Tests.Triples;

namespace LangExpand.Evaluation.Tests;

public class OverlapBreakdownTests
{
    private static readonly InflectionTriple[] Training = Parse("walk|V;PST|walked", "run|V;PRS|runs");

    [Theory]
    [InlineData("walk", "V;PST", "both")]
    [InlineData("walk", "V;PRS", "both")]
    [InlineData("walk", "V;NFIN", "lemmaOnly")]
    [InlineData("talk", "V;PST", "featuresOnly")]
    [InlineData("talk", "V;NFIN", "neither")]
    [InlineData("walk", "PST;V", "lemmaOnly")]
    public void Each_gold_item_falls_in_the_cell_of_what_training_contained(string lemma, string features, string cell)
    {
        var score = InflectionScorer.Score("eng", [Triple(lemma, features, "x")], [], Training);

        var cells = score.Breakdown!.Cells.ToDictionary(c => c.Name, c => c.Tally.Items);
        Assert.Equal(1, cells[cell]);
        Assert.Equal(1, cells.Values.Sum());
    }

    [Fact]
    public void Each_cell_has_its_own_accuracy_and_mean_distance()
    {
        var gold = Parse("walk|V;PST|walked", "walk|V;PRS|walks", "walk|V;NFIN|walk", "talk|V;PST|talked");
        var predictions = Parse("walk|V;PST|walked", "walk|V;PRS|walk", "talk|V;PST|talk");

        var breakdown = InflectionScorer.Score("eng", gold, predictions, Training).Breakdown!;

        Assert.Equal(new Tally(2, 1, 1), breakdown.Both);
        Assert.Equal((50.0, 0.5), (breakdown.Both.Accuracy, breakdown.Both.MeanDistance));
        Assert.Equal(new Tally(1, 0, 4), breakdown.LemmaOnly);
        Assert.Equal(new Tally(1, 0, 2), breakdown.FeaturesOnly);
    }

    [Fact]
    public void Margins_add_up_the_cells_by_lemma_and_by_features()
    {
        var gold = Parse("walk|V;PST|walked", "walk|V;PRS|walks", "walk|V;NFIN|walk", "talk|V;PST|talked");
        var predictions = Parse("walk|V;PST|walked", "walk|V;PRS|walk", "talk|V;PST|talk", "walk|V;NFIN|walk");

        var margins = InflectionScorer.Score("eng", gold, predictions, Training).Breakdown!.Margins.ToDictionary(m => m.Name, m => m.Tally);

        Assert.Equal(new Tally(3, 2, 1), margins["lemmaSeen"]);
        Assert.Equal(new Tally(1, 0, 2), margins["lemmaUnseen"]);
        Assert.Equal(new Tally(3, 1, 3), margins["featuresSeen"]);
        Assert.Equal(new Tally(1, 1, 0), margins["featuresUnseen"]);
    }

    [Fact]
    public void An_empty_cell_has_no_accuracy_or_mean_distance()
    {
        var breakdown = InflectionScorer.Score("eng", Parse("walk|V;PST|walked"), [], Training).Breakdown!;

        Assert.Equal((0, null, null), (breakdown.Neither.Items, breakdown.Neither.Accuracy, breakdown.Neither.MeanDistance));
    }

    [Fact]
    public void Training_lemmas_are_normalised_when_nfc_is_asked_for()
    {
        var options = new ScoringOptions { NormalizeToNfc = true };

        var score = InflectionScorer.Score("fra", [Triple("cr\u00e9er", "V;PST", "x")], [], Parse("cre\u0301er|V;PST|x"), options);

        Assert.Equal(1, score.Breakdown!.Both.Items);
    }
}
