using static LangExpand.Evaluation.Tests.Triples;

namespace LangExpand.Evaluation.Tests;

public class BundleScoreTests
{
    [Fact]
    public void Bundles_are_ordered_by_errors_then_by_feature_string()
    {
        var gold = Parse(
            "a|V;PST|a1", "b|V;PST|b1",
            "a|N;PL|a2", "b|N;PL|b2",
            "a|V;PRS|a3", "b|V;PRS|b3", "c|V;PRS|c3",
            "a|ADJ|a4", "b|ADJ|b4");
        var predictions = Parse("a|V;PRS|a3", "b|V;PRS|b3", "c|V;PRS|c3", "a|ADJ|a4");

        var bundles = InflectionScorer.Score("x", gold, predictions).Bundles;

        Assert.Equal(
            [("N;PL", 2, 0), ("V;PST", 2, 0), ("ADJ", 2, 1), ("V;PRS", 3, 3)],
            bundles.Select(b => (b.Features, b.Tally.Items, b.Tally.Correct)));
    }

    [Fact]
    public void Bundle_distances_are_averaged_within_the_bundle()
    {
        var bundles = InflectionScorer.Score("x", Parse("a|V|abc", "b|V|b", "c|N|c"), Parse("c|N|c")).Bundles;

        Assert.Equal(("V", 2.0, 0.0), (bundles[0].Features, bundles[0].Tally.MeanDistance, bundles[0].Tally.Accuracy));
    }
}
