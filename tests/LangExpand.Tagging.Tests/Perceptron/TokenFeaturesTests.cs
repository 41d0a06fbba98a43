using LangExpand.Tagging.Perceptron;

namespace LangExpand.Tagging.Tests.Perceptron;

public sealed class TokenFeaturesTests
{
    [Theory]
    [InlineData("McDonald's", "XxXx'x")]
    [InlineData("COVID-19", "X-d")]
    [InlineData("naïve", "x")]
    public void A_shape_maps_character_classes_and_collapses_runs(string word, string shape) => Assert.Equal(shape, TokenFeatures.Shape(word));

    [Fact]
    public void A_word_has_its_affixes_and_its_neighbours_as_features()
    {
        var features = TokenFeatures.Sentence(["The", "Well-known", "2024"]);

        Assert.Contains("p2=we", features[1]);
        Assert.Contains("s4=nown", features[1]);
        Assert.Contains("-1w=the", features[1]);
        Assert.Contains("+2w=</s>", features[1]);
        Assert.Contains("hyphen", features[1]);
        Assert.Contains("cap", features[1]);
        Assert.Contains("digit", features[2]);
        Assert.Contains("-2w=<s>", features[0]);
    }

    [Fact]
    public void Affixes_never_cut_a_surrogate_pair()
    {
        var word = "a\U0001F600b";

        Assert.Equal("\U0001F600b", Affixes.Suffix(word, 2));
        Assert.Equal("a\U0001F600", Affixes.Prefix(word, 2));
    }
}
