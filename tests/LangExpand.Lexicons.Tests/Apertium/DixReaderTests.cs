using LangExpand.Core.Diagnostics;
using LangExpand.Lexicons.Apertium;
using static LangExpand.Lexicons.Tests.Fixtures;

namespace LangExpand.Lexicons.Tests.Apertium;

public class DixReaderTests
{
    private const string Dictionary = """
        <?xml version="1.0" encoding="UTF-8"?>
        <dictionary>
          <alphabet/>
          <sdefs><sdef n="n"/><sdef n="vblex"/></sdefs>
          <pardefs>
            <pardef n="ord"><e><p><l>I</l><r>1st</r></p></e><e r="LR"><p><l>II</l><r>2nd</r></p></e></pardef>
          </pardefs>
          <section id="main" type="standard">
            <e><p><l>etxe<s n="n"/></l><r>house<s n="n"/><s n="ND"/></r></p></e>
            <e r="RL"><p><l>etxe<s n="n"/></l><r>home<s n="n"/></r></p></e>
            <e r="LR" a="someone" c="comment"><p><l>udal<b/>etxe<s n="n"/></l><r>town<b/>hall<s n="n"/></r></p></e>
            <e><p><l>aintzat<b/>hartu<s n="vblex"/></l><r>take<g><b/>into<b/>account</g><s n="vblex"/></r></p></e>
            <e><i>Bilbo<s n="np"/></i></e>
            <e i="yes"><p><l>ignored</l><r>ignored</r></p></e>
            <e><re>[0-9]+</re><p><l><s n="num"/></l><r><s n="num"/></r></p></e>
            <e><p><l></l><r>orphan</r></p></e>
            <e r="RL"><par n="ord"/><p><l>.<b/>mende<s n="n"/></l><r><b/>century<s n="n"/></r></p></e>
            <e><p><l>a<j/>b</l><r>c</r></p></e>
          </section>
        </dictionary>
        """;

    [Fact]
    public void Entries_take_text_tags_direction_and_line_from_the_dictionary()
    {
        var entries = DixReader.Read(Stream(Dictionary), "dir/eu-en.dix").ToList();

        Assert.Equal(
        [
            Entry(Side("etxe", "n"), Side("house", "n", "ND"), LexiconDirection.Both, 9),
            Entry(Side("etxe", "n"), Side("home", "n"), LexiconDirection.TargetToSource, 10),
            Entry(Side("udal etxe", "n"), Side("town hall", "n"), LexiconDirection.SourceToTarget, 11),
            Entry(Side("aintzat hartu", "vblex"), Side("take into account", "vblex"), LexiconDirection.Both, 12),
            Entry(Side("Bilbo", "np"), Side("Bilbo", "np"), LexiconDirection.Both, 13),
            Entry(Side("I. mende", "n"), Side("1st century", "n"), LexiconDirection.TargetToSource, 17),
            Entry(Side("a+b"), Side("c"), LexiconDirection.Both, 18),
        ], entries);
    }

    [Theory]
    [InlineData("<!DOCTYPE dictionary [<!ENTITY x \"y\">]><dictionary/>")]
    [InlineData("<!DOCTYPE dictionary SYSTEM \"http://example.org/dix.dtd\"><dictionary/>")]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<dictionary><section><e><i>&e;</i></e></section></dictionary>")]
    public void A_dtd_or_entity_declaration_is_refused_without_reading_anything(string xml)
    {
        var error = Assert.Throws<LangExpandException>(() => DixReader.Read(Stream(xml), "evil.dix").ToList());

        // .NET gives no position for a refused DTD, so the error names the file alone.
        Assert.Equal((ErrorCode.MalformedDocument, new SourceLocation("evil.dix", 0)), (error.Code, error.Location));
        Assert.StartsWith("evil.dix: the document declares a DTD (<!DOCTYPE …>), which is refused", error.Message);
    }

    [Theory]
    [InlineData("<dictionary><section><e><p><l>a</l><r>b</r></p></e>\n<e><p><l>a</l></r></p></e></section></dictionary>", 2, "")]
    [InlineData("<dictionary><section>\n<e r=\"BOTH\"><p><l>a</l><r>b</r></p></e></section></dictionary>", 2, "r=\"BOTH\" is not LR or RL")]
    [InlineData("<dictionary><section>\n<e><par n=\"missing\"/></e></section></dictionary>", 2, "paradigm 'missing' is not defined")]
    [InlineData("<dictionary><section>\n<e><p><l>a<x/></l><r>b</r></p></e></section></dictionary>", 2, "unexpected <x> in <l>")]
    [InlineData("<dictionary><section>\n<e><p><l>a</l></p></e></section></dictionary>", 2, "<p> has no <r>")]
    [InlineData("<dictionary><section>\n<e><p><l>a<s/></l><r>b</r></p></e></section></dictionary>", 2, "<s> has no n attribute")]
    [InlineData("<dictionary><section>\n<e><p><l>a<s n=\"x;y\"/></l><r>b</r></p></e></section></dictionary>", 2, "tag 'x;y'")]
    [InlineData("<dictionary>\n<entries/></dictionary>", 2, "unexpected <entries> in <dictionary>")]
    [InlineData("<dictionary><pardefs>\n<pardef><e><i>a</i></e></pardef></pardefs></dictionary>", 2, "<pardef> has no n attribute")]
    public void Malformed_xml_or_an_unknown_construct_is_rejected_with_line_and_code(string xml, int line, string problem)
    {
        var error = Assert.Throws<LangExpandException>(() => DixReader.Read(Stream(xml), "bad.dix").ToList());

        Assert.Equal((ErrorCode.MalformedDocument, line), (error.Code, error.Location!.Value.Line));
        Assert.StartsWith("bad.dix:2", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void A_missing_file_is_reported_before_anything_is_read()
    {
        Assert.Equal(ErrorCode.MissingInput, Assert.Throws<LangExpandException>(() => DixReader.Read("no/such.dix")).Code);
    }

    private static LexiconSide Side(string text, params string[] tags) => LexiconSide.FromTagged(text, tags);

    private static LexiconEntry Entry(LexiconSide source, LexiconSide target, LexiconDirection direction, int line) =>
        new(source, target, 1, direction, new LexiconProvenance("eu-en.dix", line));
}
