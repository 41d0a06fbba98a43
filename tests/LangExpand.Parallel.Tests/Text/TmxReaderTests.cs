using LangExpand.Core.Diagnostics;
using LangExpand.Core.Languages;
using LangExpand.Parallel.Text;

namespace LangExpand.Parallel.Tests.Text;

public class TmxReaderTests
{
    private const string Tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4">
          <header creationtool="test" srclang="en-US" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="none"/>
          <body>
            <tu tuid="1">
              <tuv xml:lang="EN-us"><seg>Click <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> now.</seg></tuv>
              <tuv xml:lang="es-ES"><seg>Pulse <hi>Guardar</hi> ahora.</seg></tuv>
            </tu>
            <tu tuid="2">
              <tuv xml:lang="fr"><seg>Bonjour</seg></tuv>
              <tuv xml:lang="en"><seg>Hello</seg></tuv>
            </tu>
            <tu tuid="3">
              <tuv lang="spa"><seg>Adiós</seg></tuv>
              <tuv xml:lang="en-GB"><seg>Goodbye</seg></tuv>
              <tuv xml:lang="en-US"><seg>Bye</seg></tuv>
            </tu>
          </body>
        </tmx>
        """;

    private static readonly LanguageCode English = LanguageCode.Parse("eng");
    private static readonly LanguageCode Spanish = LanguageCode.Parse("es");

    [Fact]
    public void Units_with_both_languages_become_pairs_matched_by_language_whatever_the_case_and_region()
    {
        var content = TmxReader.Read(TextStreams.Of(Tmx), "memory.tmx", English, Spanish);

        Assert.Equal([new SentencePair("Click Save now.", "Pulse Guardar ahora.", "1"), new SentencePair("Goodbye", "Adiós", "3")], content.Pairs);
        Assert.Equal((3, 1), (content.Units, content.Skipped));
    }

    [Fact]
    public void The_source_and_target_languages_can_be_swapped()
    {
        var content = TmxReader.Read(TextStreams.Of(Tmx), "memory.tmx", Spanish, English);

        Assert.Equal(new SentencePair("Adiós", "Goodbye", "3"), content.Pairs[1]);
    }

    [Theory]
    [InlineData("en", "eng", true)]
    [InlineData("EN-us", "eng", true)]
    [InlineData("en_GB", "eng", true)]
    [InlineData("eng", "en", true)]
    [InlineData("pt-BR", "por", true)]
    [InlineData("es", "eng", false)]
    [InlineData("x-klingon", "eng", false)]
    public void Language_tags_match_languages_not_strings(string tag, string language, bool matches) =>
        Assert.Equal(matches, TmxReader.Matches(tag, LanguageCode.Parse(language)));

    [Theory]
    [InlineData("<tmx><body><tu><tuv><seg>x</seg></tuv></tu></body></tmx>", ":1:17: a <tuv> without a language")]
    [InlineData("<cesDoc/>", ":1:2: the document element is <cesDoc>; expected <tmx>")]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx/>", ": a document type declaration (DTD) is not allowed")]
    [InlineData("<tmx><body><tu>\n<tuv xml:lang=\"en\"><seg>x</tuv></tu></body></tmx>", ":2:")]
    public void Malformed_or_unsafe_tmx_is_an_error_with_the_place(string content, string where)
    {
        var error = Assert.Throws<LangExpandException>(() => TmxReader.Read(TextStreams.Of(content), "m.tmx", English, Spanish));

        Assert.Equal(ErrorCode.MalformedDocument, error.Code);
        Assert.StartsWith($"m.tmx{where}", error.Message);
    }

    [Fact]
    public void The_same_language_on_both_sides_is_refused()
    {
        var error = Assert.Throws<LangExpandException>(() => TmxReader.Read(TextStreams.Of(Tmx), "m.tmx", English, LanguageCode.Parse("en-US")));

        Assert.Equal(ErrorCode.InvalidOption, error.Code);
    }
}
