using LangExpand.Core.Languages;

namespace LangExpand.Core.Tests.Languages;

public class LanguageCodeParseTests
{
    [Theory]
    [InlineData("eus", "Basque")]
    [InlineData("deu", "German")]
    [InlineData("grc", "Ancient Greek (to 1453)")]
    [InlineData("hai", "Haida")]
    [InlineData("und", "Undetermined")]
    public void Iso639_3_codes_parse_to_the_language_with_that_code(string text, string name)
    {
        var code = LanguageCode.Parse(text);

        Assert.Equal(text, code.Iso639_3);
        Assert.Equal(name, code.Name);
    }

    [Theory]
    [InlineData("eu", "eus")]
    [InlineData("de", "deu")]
    [InlineData("ja", "jpn")]
    [InlineData("se", "sme")]
    [InlineData("sh", "hbs")]
    [InlineData("zh", "zho")]
    [InlineData("nb", "nob")]
    [InlineData("gd", "gla")]
    public void Iso639_1_codes_map_to_their_three_letter_code(string text, string expected)
    {
        Assert.Equal(expected, LanguageCode.Parse(text).Iso639_3);
    }

    [Theory]
    [InlineData("baq", "eus")]
    [InlineData("ger", "deu")]
    [InlineData("fre", "fra")]
    [InlineData("chi", "zho")]
    [InlineData("per", "fas")]
    [InlineData("alb", "sqi")]
    [InlineData("arm", "hye")]
    [InlineData("geo", "kat")]
    [InlineData("ice", "isl")]
    [InlineData("gre", "ell")]
    [InlineData("dut", "nld")]
    [InlineData("rum", "ron")]
    [InlineData("wel", "cym")]
    [InlineData("cze", "ces")]
    [InlineData("slo", "slk")]
    [InlineData("mac", "mkd")]
    [InlineData("tib", "bod")]
    public void Iso639_2B_codes_map_to_their_terminology_code(string text, string expected)
    {
        Assert.Equal(expected, LanguageCode.Parse(text).Iso639_3);
    }

    [Theory]
    [InlineData("EUS")]
    [InlineData("Eus")]
    [InlineData("EU")]
    [InlineData("BAQ")]
    [InlineData("  eus  ")]
    public void Codes_are_read_case_insensitively_and_without_surrounding_spaces(string text)
    {
        Assert.Equal("eus", LanguageCode.Parse(text).Iso639_3);
    }

    [Theory]
    [InlineData("es-ES", "spa")]
    [InlineData("es-419", "spa")]
    [InlineData("pt_BR", "por")]
    [InlineData("zh-Hant-TW", "zho")]
    [InlineData("sr_Latn", "srp")]
    [InlineData("sr-Cyrl-RS", "srp")]
    [InlineData("de-CH-1996", "deu")]
    [InlineData("en-US-x-twain", "eng")]
    [InlineData("eus-ES", "eus")]
    [InlineData("zh-yue-HK", "yue")]
    [InlineData("sgn-ase", "ase")]
    public void Bcp47_tags_are_normalised_to_their_language_subtag(string text, string expected)
    {
        Assert.Equal(expected, LanguageCode.Parse(text).Iso639_3);
    }

    [Fact]
    public void Codes_carry_the_iso_639_1_and_639_2B_codes_where_they_exist()
    {
        var basque = LanguageCode.Parse("eus");
        var haida = LanguageCode.Parse("hai");

        Assert.Equal(("eu", "baq"), (basque.Iso639_1, basque.Iso639_2B));
        Assert.Equal((null, null), (haida.Iso639_1, haida.Iso639_2B));
    }

    [Theory]
    [InlineData("eus", LanguageScope.Individual, LanguageType.Living)]
    [InlineData("ara", LanguageScope.Macrolanguage, LanguageType.Living)]
    [InlineData("grc", LanguageScope.Individual, LanguageType.Historical)]
    [InlineData("san", LanguageScope.Individual, LanguageType.Ancient)]
    [InlineData("epo", LanguageScope.Individual, LanguageType.Constructed)]
    [InlineData("mul", LanguageScope.Special, LanguageType.Special)]
    public void Codes_carry_their_iso_639_3_scope_and_type(string text, LanguageScope scope, LanguageType type)
    {
        var code = LanguageCode.Parse(text);

        Assert.Equal((scope, type), (code.Scope, code.Type));
    }
}
