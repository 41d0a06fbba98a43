using LangExpand.Core.Diagnostics;
using LangExpand.Core.Languages;
using LangExpand.Parallel.Verses;
using LangExpand.TestKit;

namespace LangExpand.Parallel.Tests.Verses;

public class CesBibleReaderTests
{
    private const string Ces = """
        <?xml version="1.0" ?>
        <cesDoc version="4">
          <cesHeader version="2"><profileDesc><langUsage>
            <language id="ss" iso639="ssw">
              Swahili
            </language>
          </langUsage></profileDesc></cesHeader>
          <text><body id="Bible" lang="ss">
            <div id="b.NUM" type="book"><div id="b.NUM.15" type="chapter">
              <seg id="b.NUM.15.3" type="verse">
                Three   words
                here
              </seg>
              <seg id="b.NUM.15.4 15:5" type="verse">Merged &amp; joined</seg>
              <seg id="b.NUM.15.6" type="verse"/>
              <seg id='b.NUM.15.7' type='verse'></seg>
            </div></div>
          </body></text>
        </cesDoc>
        """;

    [Fact]
    public void A_verse_with_a_C1_control_character_is_read_as_Windows_1252_and_reported()
    {
        var bible = CesBibleReader.Read(TextStreams.Of("<cesDoc><text><seg id=\"b.MAT.1.1\" type=\"verse\">Jumala\u0092s sõna</seg><seg id=\"b.MAT.1.2\" type=\"verse\">ok</seg></text></cesDoc>"), "est.xml");

        Assert.Equal("Jumala’s sõna", bible.Verses[0].Text);
        Assert.Equal(["b.MAT.1.1"], bible.Report.RepairedVerses);
        Assert.Contains(bible.Report.Lines("est.xml"), line => line.Contains("1 verse(s) with C1 control characters", StringComparison.Ordinal));
    }

    [Fact]
    public void Verses_are_read_with_white_space_collapsed_and_merged_and_empty_verses_reported()
    {
        var bible = CesBibleReader.Read(TextStreams.Of(Ces), "swahili.xml");

        Assert.Equal(["b.NUM.15.3", "b.NUM.15.4", "b.NUM.15.6", "b.NUM.15.7"], bible.Verses.Select(v => v.Id));
        Assert.Equal(["Three words here", "Merged & joined", "", ""], bible.Verses.Select(v => v.Text));
        Assert.Equal(["b.NUM.15.5"], Assert.Single(bible.Report.MergedVerses).AlsoCovers);
        Assert.Equal(["b.NUM.15.6", "b.NUM.15.7"], bible.Report.EmptyVerses);
        Assert.Equal(10, bible.Verses[0].Line);
    }

    [Fact]
    public void A_header_language_code_that_disagrees_with_its_name_or_the_expected_language_is_noted()
    {
        var bible = CesBibleReader.Read(TextStreams.Of(Ces), "swahili.xml", LanguageCode.Parse("swa"));

        Assert.Equal(LanguageCode.Parse("ssw"), bible.HeaderLanguage);
        Assert.Equal(2, bible.Report.LanguageNotes.Count);
        Assert.Contains("'ssw' (Swati) disagrees with the header's language name 'Swahili' (swa)", bible.Report.LanguageNotes[0]);
        Assert.Contains("not the expected Swahili", bible.Report.LanguageNotes[1]);
    }

    [Theory]
    [InlineData("<cesDoc><text><seg id=\"b.A.1.1\" type=\"verse\">x</seg>\n<seg id=\"b.A.1.1\" type=\"verse\">y</seg></text></cesDoc>", "2:2", "verse id b.A.1.1 appears again (first on line 1)")]
    [InlineData("<cesDoc><text>\n<seg type=\"verse\">x</seg></text></cesDoc>", "2:2", "a verse <seg> without an id")]
    [InlineData("<cesDoc><text><seg id=\"b.A.1.1\">x</text></cesDoc>", "1:36", "'seg' start tag on line 1 position 16 does not match the end tag of 'text'")]
    [InlineData("<tmx version=\"1.4\"/>", "1:2", "the document element is <tmx>; expected <cesDoc>")]
    [InlineData("<!DOCTYPE cesDoc [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<cesDoc>&x;</cesDoc>", "", "a document type declaration (DTD) is not allowed")]
    public void Malformed_or_unsafe_xml_is_an_error_with_file_and_line(string content, string where, string detail)
    {
        var error = Assert.Throws<LangExpandException>(() => CesBibleReader.Read(TextStreams.Of(content), "bad.xml"));

        Assert.Equal(ErrorCode.MalformedDocument, error.Code);
        Assert.StartsWith(where.Length > 0 ? $"bad.xml:{where}: " : "bad.xml: ", error.Message);
        Assert.Contains(detail, error.Message);
    }

    [SharedDataFact("bible-nt", "Swahili-NT.xml")]
    public void The_shared_Swahili_testament_reads_whole_and_its_wrong_header_code_is_reported()
    {
        var bible = CesBibleReader.Read(SharedData.Path("bible-nt", "Swahili-NT.xml"), LanguageCode.Parse("swa"));

        Assert.Equal(7853, bible.Verses.Count);
        Assert.Equal(("b.MAT.1.1", "b.REV.22.21"), (bible.Verses[0].Id, bible.Verses[^1].Id));
        Assert.StartsWith("Yesu Kristo alikuwa mzawa wa Daudi", bible.Verses[0].Text);
        Assert.Contains(bible.Report.LanguageNotes, note => note.Contains("'ssw' (Swati)", StringComparison.Ordinal));
    }

    [SharedDataFact("bible-nt")]
    public void Every_shared_ces_bible_reads_and_the_known_empty_verses_are_reported()
    {
        var bibles = Directory.GetFiles(SharedData.Path("bible-nt"), "*.xml").Order(StringComparer.Ordinal).Select(path => CesBibleReader.Read(path)).ToList();

        Assert.Equal(12, bibles.Count);
        Assert.All(bibles, bible => Assert.True(bible.Verses.Count > 600, bible.Source));
        Assert.Contains("b.ACT.8.37", bibles.Single(b => b.Source.EndsWith("K'iche'-NT.xml", StringComparison.Ordinal)).Report.EmptyVerses);
        Assert.Contains("b.MAR.4.41", bibles.Single(b => b.Source.EndsWith("Gaelic-PART.xml", StringComparison.Ordinal)).Report.EmptyVerses);
        Assert.Contains(bibles.Single(b => b.Source.EndsWith("Coptic-NT.xml", StringComparison.Ordinal)).Report.LanguageNotes,
            note => note.Contains("'co' (Corsican)", StringComparison.Ordinal));
    }
}
