using static LangExpand.Evaluation.Tests.Triples;

namespace LangExpand.Evaluation.Tests;

public class ConfusionTests
{
    [Theory]
    [InlineData("Väter", "Vater", "ä", "a")]
    [InlineData("gemacht", "gemachte", "", "e")]
    [InlineData("walked", "walkd", "e", "")]
    [InlineData("went", "goed", "went", "goed")]
    [InlineData("nodded", "noded", "d", "")]
    [InlineData("talked", "", "talked", "")]
    [InlineData("a𝒳b", "a𝒴b", "𝒳", "𝒴")]
    public void A_confusion_is_what_differs_once_the_common_prefix_and_suffix_are_removed(string gold, string predicted, string goldPart, string predictedPart) =>
        Assert.Equal((goldPart, predictedPart), Confusion.Of(gold, predicted));

    [Fact]
    public void The_scorer_lists_confusions_most_frequent_first_with_the_first_item_as_example()
    {
        var gold = Parse("Vater|N;PL|Väter", "Mantel|N;PL|Mäntel", "Hund|N;PL|Hunde", "Tag|N;PL|Tage", "Garten|N;PL|Gärten", "Kind|N;PL|Kinder");
        var predictions = Parse("Vater|N;PL|Vater", "Mantel|N;PL|Mantel", "Hund|N;PL|Hund", "Tag|N;PL|Tag", "Garten|N;PL|Garten", "Kind|N;PL|Kinder");

        var confusions = InflectionScorer.Score("deu", gold, predictions).Confusions;

        Assert.Equal([("ä", "a", 3), ("e", "", 2)], confusions.Select(c => (c.Gold, c.Predicted, c.Count)));
        Assert.Equal(("Väter", "Vater"), confusions[0].Example);
    }

    [Fact]
    public void Correct_predictions_make_no_confusions() =>
        Assert.Empty(InflectionScorer.Score("eng", Parse("walk|V;PST|walked"), Parse("walk|V;PST|walked")).Confusions);
}
