using LangExpand.Parallel.Tokenization;

namespace LangExpand.Parallel.Tests.Tokenization;

public class WordTokenizerTests
{
    [Theory]
    [InlineData("In the beginning God created", "in|the|beginning|god|created")]
    [InlineData("light: and there was light.", "light|:|and|there|was|light|.")]
    [InlineData("EN el principio crió Dios", "en|el|principio|crió|dios")]
    [InlineData("¿Quién es?", "¿|quién|es|?")]
    [InlineData("4,000 men", "4|,|000|men")]
    [InlineData("verse 12 (note)", "verse|12|(|note|)")]
    [InlineData("Ⅻ apostles", "ⅻ|apostles")]
    [InlineData("«Так» — сказав", "«|так|»|—|сказав")]
    [InlineData("ઈસુ ખ્રિસ્ત", "ઈસુ|ખ્રિસ્ત")]
    [InlineData("Yesu\u00A0Kristo\talikuwa", "yesu|kristo|alikuwa")]
    [InlineData("...!", ".|.|.|!")]
    [InlineData("", "")]
    public void Letters_marks_and_digits_form_words_and_punctuation_stands_alone(string text, string expected) =>
        Assert.Equal(Split(expected), new WordTokenizer().Tokenize(text));

    [Theory]
    [InlineData("don't", true, "don't")]
    [InlineData("l’homme", true, "l’homme")]
    [InlineData("don't", false, "don|'|t")]
    [InlineData("l’homme", false, "l|’|homme")]
    [InlineData("'tis the Lord's", true, "'|tis|the|lord's")]
    [InlineData("the brethren' feet", true, "the|brethren|'|feet")]
    [InlineData("kin' 'kin", true, "kin|'|'|kin")]
    public void Apostrophes_stay_inside_words_only_when_asked_and_only_between_word_characters(string text, bool keep, string expected) =>
        Assert.Equal(Split(expected), new WordTokenizer(new TokenizerOptions { KeepApostrophesInWords = keep }).Tokenize(text));

    [Fact]
    public void Combining_marks_stay_with_their_letter_and_decomposed_text_is_composed()
    {
        var decomposed = "cre\u0301o";

        Assert.Equal(["créo"], new WordTokenizer().Tokenize(decomposed));
        Assert.Equal([decomposed], new WordTokenizer(new TokenizerOptions { NormalizeToNfc = false }).Tokenize(decomposed));
    }

    [Fact]
    public void U_FFFE_and_U_FFFF_are_kept_like_other_noncharacters_and_the_text_around_them_is_still_composed()
    {
        var tokens = new WordTokenizer().Tokenize("cre\u0301o \uFFFE x\uFFFFe\u0301 \uFDD0");
        var other = new WordTokenizer().Tokenize("\uFDD0");

        Assert.Equal(["créo", "\uFFFE", "x", "\uFFFF", "é", "\uFDD0"], tokens);
        Assert.Equal(["\uFDD0"], other);
    }

    [Fact]
    public void Zero_width_joiners_inside_a_word_are_part_of_it_and_vanish_elsewhere()
    {
        var word = "ક્\u200Dષ";

        Assert.Equal([word, "x"], new WordTokenizer().Tokenize($"{word} \u200D x"));
    }

    [Fact]
    public void Letters_outside_the_basic_plane_are_letters()
    {
        var gothic = "\U00010330\U00010331";

        Assert.Equal([gothic, "!"], new WordTokenizer().Tokenize(gothic + "!"));
    }

    [Fact]
    public void Case_is_kept_when_lowercasing_is_off()
    {
        Assert.Equal(["God", "said", ","], new WordTokenizer(new TokenizerOptions { Lowercase = false }).Tokenize("God said,"));
    }

    [Fact]
    public void Whitespace_mode_keeps_pre_tokenised_text_as_it_is_apart_from_case()
    {
        var tokenizer = new WordTokenizer(new TokenizerOptions { Mode = TokenizerMode.Whitespace });

        Assert.Equal(["that", "'s", "enough", "!", "e-mail"], tokenizer.Tokenize("that 's  Enough !\te-mail "));
    }

    private static string[] Split(string expected) => expected.Length == 0 ? [] : expected.Split('|');
}
