using LangExpand.Core.Diagnostics;
using LangExpand.Lexicons.Merging;

namespace LangExpand.Lexicons.Tests.Merging;

public class LexiconFilterTests
{
    public static TheoryData<LexiconFilter, string, string?, string, string?, double, bool> Cases => new()
    {
        { new(), "casa", "n", "house", "vblex", -5, true },
        { new(MinScore: 0.5), "casa", null, "house", null, 0.5, true },
        { new(MinScore: 0.5), "casa", null, "house", null, 0.49, false },
        { new(PosAgreement: true), "casa", "n", "house", "noun", 1, true },
        { new(PosAgreement: true), "casa", "n", "house", "NOUN", 1, true },
        { new(PosAgreement: true), "casa", "n", "house", "vblex", 1, false },
        { new(PosAgreement: true), "casa", "n", "house", null, 1, true },
        { new(PosAgreement: true), "x", "weird", "y", "weird", 1, true },
        { new(PosAgreement: true), "x", "weird", "y", "odd", 1, false },
        { new(Drop: LexiconDrops.Numerals), "doce", "num", "twelve", "num", 1, false },
        { new(Drop: LexiconDrops.Numerals), "12", null, "doce", null, 1, false },
        { new(Drop: LexiconDrops.Numerals), "siglos LV y XXXIII", "n", "55th and 33rd centuries", "n", 1, false },
        { new(Drop: LexiconDrops.Numerals), "casa", "n", "house", "n", 1, true },
        { new(Drop: LexiconDrops.Punctuation), "¿", "sent", "?", "sent", 1, false },
        { new(Drop: LexiconDrops.Punctuation), "€", null, "€", null, 1, false },
        { new(Drop: LexiconDrops.Punctuation), "AC/DC", "np", "AC/DC", "np", 1, true },
        { new(Drop: LexiconDrops.ProperNouns), "Bilbo", "np", "Bilbao", "np", 1, false },
        { new(Drop: LexiconDrops.ProperNouns), "London", "name", "Londres", null, 1, false },
        { new(Drop: LexiconDrops.ProperNouns), "London", null, "Londres", null, 1, true },
        { new(0.5, true, LexiconDrops.Numerals | LexiconDrops.ProperNouns), "etxe", "n", "house", "n", 0.9, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_filter_keeps_what_passes_every_condition(LexiconFilter filter, string source, string? sourcePos, string target, string? targetPos, double score, bool kept)
    {
        var entry = new LexiconEntry(new LexiconSide(source, sourcePos), new LexiconSide(target, targetPos), score, LexiconDirection.Both, new LexiconProvenance("t"));

        Assert.Equal(kept, filter.Keeps(entry));
    }

    [Theory]
    [InlineData("numerals", LexiconDrops.Numerals)]
    [InlineData("numerals, punctuation,proper-nouns", LexiconDrops.Numerals | LexiconDrops.Punctuation | LexiconDrops.ProperNouns)]
    [InlineData("", LexiconDrops.None)]
    public void Drop_lists_name_kinds_separated_by_commas(string names, LexiconDrops drops)
    {
        Assert.Equal(drops, LexiconFilter.ParseDrops(names));
    }

    [Fact]
    public void An_unknown_kind_to_drop_is_an_invalid_option_naming_the_known_ones()
    {
        var error = Assert.Throws<LangExpandException>(() => LexiconFilter.ParseDrops("numerals,verbs"));

        Assert.Equal(ErrorCode.InvalidOption, error.Code);
        Assert.Contains("numerals, punctuation, proper-nouns", error.Message);
    }

    [Theory]
    [InlineData("n", "NOUN")]
    [InlineData("noun", "NOUN")]
    [InlineData("np", "PROPN")]
    [InlineData("vblex", "VERB")]
    [InlineData("verb", "VERB")]
    [InlineData("cnjcoo", "CCONJ")]
    [InlineData("PUNCT", "PUNCT")]
    [InlineData("sent", "PUNCT")]
    [InlineData("weird", null)]
    [InlineData(null, null)]
    public void Parts_of_speech_of_every_resource_map_to_upos(string? label, string? upos)
    {
        Assert.Equal(upos, PartOfSpeech.ToUniversal(label));
    }
}
