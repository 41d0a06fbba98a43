using LangExpand.Core.FiniteState;

namespace LangExpand.Core.Tests.FiniteState;

public class AttSymbolsTests
{
    [Theory]
    [InlineData("casa<n><f>", new[] { "c", "a", "s", "a", "<n>", "<f>" })]
    [InlineData("a<b", new[] { "a", "<", "b" })]
    [InlineData("<>x", new[] { "<", ">", "x" })]
    [InlineData("𝔸<n>", new[] { "𝔸", "<n>" })]
    [InlineData("<a<n>", new[] { "<", "a", "<n>" })]
    public void Text_splits_into_tags_and_single_characters(string text, string[] symbols)
    {
        Assert.Equal(symbols, AttSymbols.Split(text));
    }

    [Theory]
    [InlineData("<n>", true)]
    [InlineData("<vblex>", true)]
    [InlineData("<>", false)]
    [InlineData("n", false)]
    [InlineData("<a<b>", false)]
    public void A_tag_is_a_multi_character_symbol_in_angle_brackets(string symbol, bool isTag)
    {
        Assert.Equal(isTag, AttSymbols.IsTag(symbol));
    }

    [Theory]
    [InlineData("a<n>", 1, 3)]
    [InlineData("a<n>", 0, -1)]
    [InlineData("<>", 0, -1)]
    [InlineData("<a<n>", 0, -1)]
    [InlineData("<open", 0, -1)]
    public void A_tag_ends_at_its_closing_bracket(string text, int start, int end)
    {
        Assert.Equal(end, AttSymbols.TagEnd(text, start));
    }
}
