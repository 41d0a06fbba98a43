using LangExpand.Core.Languages;

namespace LangExpand.Core.Tests.Languages;

public class LanguageCodeEqualityTests
{
    [Theory]
    [InlineData("eu")]
    [InlineData("EUS")]
    [InlineData("baq")]
    [InlineData("Basque")]
    [InlineData("eu-ES")]
    public void Every_way_of_writing_a_language_gives_an_equal_code(string text)
    {
        var basque = LanguageCode.Parse("eus");
        var parsed = LanguageCode.Parse(text);

        Assert.Equal(basque, parsed);
        Assert.True(basque == parsed);
        Assert.False(basque != parsed);
        Assert.Equal(basque.GetHashCode(), parsed.GetHashCode());
    }

    [Fact]
    public void Different_languages_are_not_equal()
    {
        var basque = LanguageCode.Parse("eus");
        var german = LanguageCode.Parse("deu");

        Assert.NotEqual(basque, german);
        Assert.True(basque != german);
        Assert.False(basque.Equals(null));
        Assert.False(basque == null);
    }

    [Fact]
    public void Codes_work_as_dictionary_keys()
    {
        var counts = new Dictionary<LanguageCode, int> { [LanguageCode.Parse("eu")] = 1 };

        Assert.True(counts.ContainsKey(LanguageCode.Parse("Basque")));
    }

    [Theory]
    [InlineData("eu", "eus")]
    [InlineData("Scottish Gaelic", "gla")]
    [InlineData("zh-Hant-TW", "zho")]
    public void ToString_returns_the_three_letter_code(string text, string expected)
    {
        Assert.Equal(expected, LanguageCode.Parse(text).ToString());
    }
}
