using LangExpand.Core.Languages;

namespace LangExpand.Core.Tests.Languages;

public class LanguageCodeNameTests
{
    [Theory]
    [InlineData("Basque", "eus")]
    [InlineData("basque", "eus")]
    [InlineData("BASQUE", "eus")]
    [InlineData("Scottish Gaelic", "gla")]
    [InlineData("scottish-gaelic", "gla")]
    [InlineData("scottish_gaelic", "gla")]
    [InlineData("  Scottish   Gaelic ", "gla")]
    [InlineData("Serbo-Croatian", "hbs")]
    [InlineData("serbo croatian", "hbs")]
    public void English_names_are_matched_ignoring_case_and_separators(string text, string expected)
    {
        Assert.Equal(expected, LanguageCode.Parse(text).Iso639_3);
    }

    [Theory]
    [InlineData("Norwegian Bokmål", "nob")]
    [InlineData("Norwegian Bokmal", "nob")]
    [InlineData("Võro", "vro")]
    [InlineData("Voro", "vor")]
    [InlineData("Arbereshe Albanian", "aae")]
    [InlineData("Gwich'in", "gwi")]
    public void Names_may_leave_out_diacritics_unless_that_makes_them_another_language(string text, string expected)
    {
        Assert.Equal(expected, LanguageCode.Parse(text).Iso639_3);
    }

    [Theory]
    [InlineData("Modern Greek", "ell")]
    [InlineData("Ancient Greek", "grc")]
    [InlineData("Old Irish", "sga")]
    [InlineData("Occitan", "oci")]
    public void Names_may_leave_out_a_trailing_qualifier_in_parentheses(string text, string expected)
    {
        Assert.Equal(expected, LanguageCode.Parse(text).Iso639_3);
    }

    [Theory]
    [InlineData("Swahili", "swa")]
    [InlineData("Malay", "msa")]
    [InlineData("Nepali", "nep")]
    [InlineData("Swahili (individual language)", "swh")]
    public void A_name_shared_by_a_macrolanguage_and_its_member_means_the_macrolanguage(string text, string expected)
    {
        Assert.Equal(expected, LanguageCode.Parse(text).Iso639_3);
    }

    [Theory]
    [InlineData("Slovene", "slv")]
    [InlineData("Kurmanji", "kmr")]
    [InlineData("Sorani", "ckb")]
    [InlineData("Greek", "ell")]
    [InlineData("Pashto", "pus")]
    [InlineData("old-church-slavonic", "chu")]
    public void Names_common_in_shared_tasks_are_known_beside_the_iso_reference_names(string text, string expected)
    {
        Assert.Equal(expected, LanguageCode.Parse(text).Iso639_3);
    }

    [Theory]
    [InlineData("ari", "ari")]
    [InlineData("Ari", "ari")]
    [InlineData("ga", "gle")]
    public void Codes_take_precedence_over_names_spelt_the_same(string text, string expected)
    {
        Assert.Equal(expected, LanguageCode.Parse(text).Iso639_3);
    }
}
