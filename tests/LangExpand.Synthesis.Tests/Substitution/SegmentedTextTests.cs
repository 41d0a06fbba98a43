using LangExpand.Synthesis.Substitution;

namespace LangExpand.Synthesis.Tests.Substitution;

public sealed class SegmentedTextTests
{
    [Theory]
    [InlineData("In the beginning God created the heaven and the earth.")]
    [InlineData("  don't stop,  he said —  “well-known” 42 dB\t")]
    [InlineData("")]
    [InlineData("niño, año y cañón")]
    public void Text_without_replacements_is_rebuilt_exactly(string text) =>
        Assert.Equal(text, SegmentedText.Of(text).With([]));

    [Fact]
    public void Words_keep_inner_apostrophes_and_punctuation_is_one_token_per_character()
    {
        var text = SegmentedText.Of("don't stop, \"now\"");

        Assert.Equal(["don't", "stop", ",", "\"", "now", "\""], text.Tokens);
        Assert.Equal(["", " ", "", " ", "", "", ""], text.Gaps);
    }

    [Fact]
    public void A_replaced_span_keeps_the_gaps_around_it_and_drops_those_inside()
    {
        var text = SegmentedText.Of("I like ice  cream !");

        Assert.Equal("I like helado !", text.With([(2, 2, "helado")]));
        Assert.Equal("Yo like ice  cream de verdad!", text.With([(0, 1, "Yo"), (4, 1, "de verdad!")]));
    }
}
