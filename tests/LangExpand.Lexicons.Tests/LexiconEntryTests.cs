using LangExpand.Lexicons;

namespace LangExpand.Lexicons.Tests;

public class LexiconEntryTests
{
    [Fact]
    public void The_first_tag_of_an_apertium_analysis_is_the_part_of_speech_and_the_rest_are_tags()
    {
        var side = LexiconSide.FromTagged("casa", ["n", "f", "sg"]);

        Assert.Equal(("casa", "n"), (side.Text, side.Pos));
        Assert.Equal(["f", "sg"], side.Tags);
        Assert.Equal("casa<n><f><sg>", side.ToString());
        Assert.Equal(new LexiconSide("casa"), LexiconSide.FromTagged("casa", []));
    }

    [Fact]
    public void Sides_compare_by_text_part_of_speech_and_tags_in_order()
    {
        Assert.Equal(new LexiconSide("a", "n", ["f", "sg"]), new LexiconSide("a", "n", ["f", "sg"]));
        Assert.NotEqual(new LexiconSide("a", "n", ["f", "sg"]), new LexiconSide("a", "n", ["sg", "f"]));
        Assert.NotEqual(new LexiconSide("a", "n"), new LexiconSide("a"));
        Assert.Equal(new LexiconSide("a", ""), new LexiconSide("a"));
        Assert.True(new LexiconSide("a", "n") == new LexiconSide("a", "n") && new LexiconSide("a") != new LexiconSide("b"));
    }

    [Theory]
    [InlineData("", null, "")]
    [InlineData("a\tb", null, "")]
    [InlineData("a\nb", null, "")]
    [InlineData("a", "n;x", "")]
    [InlineData("a", "n", "f;m")]
    [InlineData("a", "n", "")]
    [InlineData("a", "n", "a\rb")]
    public void A_side_the_tsv_cannot_hold_is_refused(string text, string? pos, string tag)
    {
        Assert.Throws<ArgumentException>(() => new LexiconSide(text, pos, tag.Length == 0 && pos is null ? null : [tag]));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_score_is_finite(double score)
    {
        var entry = new LexiconEntry(new LexiconSide("a"), new LexiconSide("b"), 1, LexiconDirection.Both, new LexiconProvenance("x"));

        Assert.Throws<ArgumentOutOfRangeException>(() => new LexiconEntry(entry.Source, entry.Target, score, LexiconDirection.Both, entry.Provenance));
        Assert.Throws<ArgumentOutOfRangeException>(() => entry with { Score = score });
        Assert.Equal(0.5, (entry with { Score = 0.5 }).Score);
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("a\tb", 1)]
    [InlineData("x", -1)]
    public void A_provenance_has_a_one_column_resource_name_and_no_negative_line(string resource, int line)
    {
        Assert.ThrowsAny<ArgumentException>(() => new LexiconProvenance(resource, line));
        Assert.ThrowsAny<ArgumentException>(() => new LexiconProvenance("ok", 1) with { Resource = resource, Line = line });
    }

    [Fact]
    public void An_imported_entry_scores_1_and_works_both_ways()
    {
        var entry = LexiconEntry.Imported(new LexiconSide("a"), new LexiconSide("b"), new LexiconProvenance("x.tsv", 3));

        Assert.Equal((1.0, LexiconDirection.Both, LexiconOrigin.Imported), (entry.Score, entry.Direction, entry.Provenance.Origin));
    }
}
