using LangExpand.Core.Diagnostics;
using LangExpand.Core.Languages;

namespace LangExpand.Core.Tests.Languages;

public class LanguageCodeErrorTests
{
    [Theory]
    [InlineData("xx")]
    [InlineData("qqq")]
    [InlineData("qqqq")]
    [InlineData("Klingonese")]
    [InlineData("xx-US")]
    [InlineData("eu-")]
    [InlineData("x-private")]
    [InlineData("q")]
    public void Unknown_codes_and_names_are_rejected_with_the_input_named(string text)
    {
        var error = Assert.Throws<LangExpandException>(() => LanguageCode.Parse(text));

        Assert.Equal(ErrorCode.UnknownLanguage, error.Code);
        Assert.Contains($"'{text}'", error.Message);
        Assert.Contains("[LE1007]", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_input_is_rejected_as_an_unknown_language(string text)
    {
        var error = Assert.Throws<LangExpandException>(() => LanguageCode.Parse(text));

        Assert.Equal(ErrorCode.UnknownLanguage, error.Code);
    }

    [Theory]
    [InlineData("Basqe", "Basque (eus)")]
    [InlineData("Klingonese", "Klingon (tlh)")]
    [InlineData("scotish-gaelic", "Scottish Gaelic (gla)")]
    [InlineData("Kurmanjii", "Kurmanji (kmr)")]
    public void Unknown_names_suggest_languages_whose_names_start_the_same_way(string text, string suggestion)
    {
        var error = Assert.Throws<LangExpandException>(() => LanguageCode.Parse(text));

        Assert.Contains(suggestion, error.Expected);
    }

    [Fact]
    public void Unknown_codes_without_similar_names_are_told_the_accepted_forms()
    {
        var error = Assert.Throws<LangExpandException>(() => LanguageCode.Parse("qqq"));

        Assert.Contains("BCP-47", error.Expected);
    }

    [Fact]
    public void Ambiguous_names_are_rejected_with_every_candidate_listed()
    {
        var error = Assert.Throws<LangExpandException>(() => LanguageCode.Parse("Tonga"));

        Assert.Equal(ErrorCode.UnknownLanguage, error.Code);
        Assert.Contains("ambiguous", error.Problem);
        Assert.Contains("Tonga (Nyasa) (tog)", error.Problem);
        Assert.Contains("Tonga (Zambia) (toi)", error.Problem);
        Assert.Contains("Tonga (Tonga Islands) (ton)", error.Problem);
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("Tonga")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_returns_false_and_no_code_for_what_Parse_rejects(string? text)
    {
        Assert.False(LanguageCode.TryParse(text, out var code));
        Assert.Null(code);
    }

    [Fact]
    public void TryParse_returns_the_language_for_what_Parse_accepts()
    {
        Assert.True(LanguageCode.TryParse("eu-ES", out var code));
        Assert.Equal("eus", code.Iso639_3);
    }

    [Fact]
    public void Parse_refuses_null_as_a_programming_error()
    {
        Assert.Throws<ArgumentNullException>(() => LanguageCode.Parse(null!));
    }
}
