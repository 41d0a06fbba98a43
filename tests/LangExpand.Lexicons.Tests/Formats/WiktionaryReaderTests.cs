using LangExpand.Core.Diagnostics;
using LangExpand.Core.Languages;
using LangExpand.Lexicons.Formats;
using static LangExpand.Lexicons.Tests.Fixtures;

namespace LangExpand.Lexicons.Tests.Formats;

public class WiktionaryReaderTests
{
    private static readonly LanguageCode Spanish = LanguageCode.Parse("spa");

    private const string Dump =
        """{"word": "house", "pos": "noun", "lang": "English", "lang_code": "en", "translations": [{"lang": "Spanish", "code": "es", "word": "casa", "sense": "abode", "tags": ["feminine"]}, {"lang": "French", "code": "fr", "word": "maison"}, {"lang": "Spanish", "code": "es", "sense": "no word"}]}""" + "\n"
        + """{"title": "houses", "redirect": "house", "word": ""}""" + "\n"
        + "\n"
        + """{"word": "run", "pos": "verb", "lang_code": "en", "senses": [{"glosses": ["move fast"], "translations": [{"lang": "Spanish", "lang_code": "es", "word": "correr", "tags": null}]}]}""" + "\n"
        + """{"word": "maison", "pos": "noun", "lang_code": "fr", "translations": [{"code": "es", "word": "casa"}]}""" + "\n"
        + """{"word": "tab", "pos": "noun", "lang_code": "en", "translations": [{"lang": "Spanish", "word": "a\tb"}, {"lang": "Spanish", "word": "pestaña", "tags": ["a;b", "feminine"]}]}""" + "\n";

    [Fact]
    public void Translations_into_the_target_language_become_entries_with_pos_tags_and_line()
    {
        var entries = WiktionaryReader.Read(Stream(Dump), "en.jsonl", Spanish, LanguageCode.Parse("eng")).ToList();

        Assert.Equal(
        [
            new LexiconEntry(new LexiconSide("house", "noun"), new LexiconSide("casa", null, ["feminine"]), 1, LexiconDirection.Both, new LexiconProvenance("en.jsonl", 1)),
            new LexiconEntry(new LexiconSide("run", "verb"), new LexiconSide("correr"), 1, LexiconDirection.Both, new LexiconProvenance("en.jsonl", 4)),
            new LexiconEntry(new LexiconSide("tab", "noun"), new LexiconSide("pestaña", null, ["feminine"]), 1, LexiconDirection.Both, new LexiconProvenance("en.jsonl", 6)),
        ], entries);
    }

    [Fact]
    public void Without_a_source_language_entries_of_every_language_are_read()
    {
        var sources = WiktionaryReader.Read(Stream(Dump), "en.jsonl", Spanish).Select(e => e.Source.Text);

        Assert.Equal(["house", "run", "maison", "tab"], sources);
    }

    [Theory]
    [InlineData("{\"word\": \"a\"", ErrorCode.MalformedDocument)]
    [InlineData("[1, 2]", ErrorCode.MalformedDocument)]
    [InlineData("{\"word\": 3}", ErrorCode.MalformedDocument)]
    [InlineData("{\"word\": \"a\", \"translations\": {\"code\": \"es\"}}", ErrorCode.MalformedDocument)]
    [InlineData("{\"word\": \"a\", \"translations\": [\"casa\"]}", ErrorCode.MalformedDocument)]
    [InlineData("{\"word\": \"a\", \"translations\": [{\"code\": \"es\", \"word\": \"b\", \"tags\": [1]}]}", ErrorCode.MalformedDocument)]
    [InlineData("{\"word\": \"\\ud800\", \"translations\": []}", ErrorCode.MalformedDocument)]
    [InlineData("{\"word\": \"a\", \"word\": \"b\", \"translations\": []}", ErrorCode.MalformedDocument)]
    public void A_line_that_is_not_a_word_entry_is_rejected_with_file_line_and_code(string line, ErrorCode code)
    {
        var error = Assert.Throws<LangExpandException>(() => WiktionaryReader.Read(Stream(Dump + line + "\n"), "en.jsonl", Spanish).ToList());

        Assert.Equal((code, "en.jsonl", 7), (error.Code, error.Location!.Value.Source, error.Location!.Value.Line));
        Assert.StartsWith("en.jsonl:7", error.Message);
    }
}
