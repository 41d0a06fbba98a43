using LangExpand.Morphology.Classifier;

namespace LangExpand.Morphology.Tests.Classifier;

/// <summary>Proportional analogies between word forms, a : b :: c : x.</summary>
public class StringAnalogyTests
{
    [Theory]
    [InlineData("wamuabudia", "wayaabudia", "hutamuabudia", "hutayaabudia")] // an object marker swapped inside a prefix chain
    [InlineData("ninaimba", "nitaimba", "unaimba", "utaimba")]
    [InlineData("ninaimba", "unaimba", "nitaimba", "utaimba")] // a block at the word's start stays at the start
    [InlineData("talossa", "taloissa", "talosta", "taloista")]
    [InlineData("spielen", "gespielt", "spielend", "gespieltd")] // two blocks, each placed by its own surroundings
    [InlineData("sing", "sang", "singing", "sanging")]
    public void The_change_from_a_to_b_is_made_where_c_holds_the_same_text_in_the_same_surroundings(string a, string b, string c, string x) =>
        Assert.Equal(x, StringAnalogy.Solve(a, b, c));

    [Fact]
    public void Equal_a_and_b_give_c_back() => Assert.Equal("anything", StringAnalogy.Solve("same", "same", "anything"));

    [Theory]
    [InlineData("wamuabudia", "wayaabudia", "hutaziabudia")] // the old text "mu" is not in c
    [InlineData("ba", "bza", "baba")] // two places fit equally well
    [InlineData("abc", "xbc", "zzz")] // nothing around any place agrees
    public void No_answer_is_given_when_c_has_no_single_place_for_the_change(string a, string b, string c) =>
        Assert.Null(StringAnalogy.Solve(a, b, c));
}
