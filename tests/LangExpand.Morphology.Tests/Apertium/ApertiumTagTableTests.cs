using LangExpand.Core.Diagnostics;
using LangExpand.Morphology.Apertium;
using static LangExpand.Morphology.Tests.Apertium.ApertiumFixtures;

namespace LangExpand.Morphology.Tests.Apertium;

public class ApertiumTagTableTests
{
    [Theory]
    [InlineData("vblex pri p1 sg", "V;IND;PRS;1;SG")]
    [InlineData("vblex ifi p3 pl", "V;IND;PST;PFV;3;PL")]
    [InlineData("vblex pii p2 sg", "V;IND;PST;IPFV;2;SG")]
    [InlineData("vblex fti p1 pl", "V;IND;FUT;1;PL")]
    [InlineData("vblex cni p3 sg", "V;COND;3;SG")]
    [InlineData("vblex prs p1 sg", "V;SBJV;PRS;1;SG")]
    [InlineData("vblex pis p3 pl", "V;SBJV;PST;3;PL")]
    [InlineData("vblex fts p1 sg", "V;SBJV;FUT;1;SG")]
    [InlineData("vblex imp p2 sg", "V;IMP;2;SG")]
    [InlineData("vbser pri p3 sg", "V;IND;PRS;3;SG")]
    [InlineData("vbhaver pri p1 sg", "V;IND;PRS;1;SG")]
    [InlineData("vbmod pri p1 sg", "V;IND;PRS;1;SG")]
    [InlineData("vblex inf", "V;NFIN")]
    [InlineData("vblex ger", "V.CVB")]
    [InlineData("vblex pp f pl", "V.PTCP;PST;FEM;PL")]
    [InlineData("n m sg", "N;MASC;SG")]
    [InlineData("n f sp", "N;FEM")]
    [InlineData("adj mf pl", "ADJ;PL")]
    [InlineData("adj sup m sg", "ADJ;SPRL;AB;MASC;SG")]
    public void The_default_table_maps_apertium_tags_to_unimorph_features(string tags, string expected)
    {
        var features = ApertiumTagTable.Default.Map(tags.Split(' '));

        Assert.Equal(expected, features?.ToString());
    }

    [Theory]
    [InlineData("prn pro p1 mf sg")]
    [InlineData("np ant")]
    [InlineData("vblex pron pri p1 sg")]
    [InlineData("n acr")]
    [InlineData("pri p1 sg")]
    [InlineData("")]
    public void Closed_classes_unknown_tags_and_tags_without_a_part_of_speech_first_are_not_mapped(string tags)
    {
        Assert.Null(ApertiumTagTable.Default.Map(tags.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void Only_tags_that_map_to_a_part_of_speech_open_an_entry()
    {
        var openers = ApertiumTagTable.Default.Tags.Where(ApertiumTagTable.Default.OpensEntry).Order(StringComparer.Ordinal);

        Assert.Equal(["adj", "n", "vbhaver", "vblex", "vbmod", "vbser"], openers);
    }

    [Fact]
    public void A_custom_table_can_drop_tags_and_keeps_notes_optional()
    {
        var table = ApertiumTagTable.Read(Stream("# comment\n\nvblex\tV\tverb\npres\tPRS\nsg\t-\n"), "custom.tsv");

        Assert.Equal("V;PRS", table.Map(["vblex", "pres", "sg"])?.ToString());
    }

    [Theory]
    [InlineData("vblex\tV\nsg\n", ErrorCode.MalformedLine)]
    [InlineData("vblex\tV\n<sg>\tSG\n", ErrorCode.MalformedLine)]
    [InlineData("vblex\tV\nsg\tSG;;PL\n", ErrorCode.InvalidFeatureSyntax)]
    [InlineData("vblex\tV\nvblex\tV\n", ErrorCode.MalformedLine)]
    public void A_bad_table_line_is_rejected_with_file_and_line(string text, ErrorCode code)
    {
        var error = Assert.Throws<LangExpandException>(() => ApertiumTagTable.Read(Stream(text), "custom.tsv"));

        Assert.Equal((code, new SourceLocation("custom.tsv", 2)), (error.Code, error.Location));
    }
}
