using LangExpand.Core.Diagnostics;
using LangExpand.Lexicons.Apertium;
using LangExpand.TestKit;
using static LangExpand.Lexicons.Tests.Fixtures;

namespace LangExpand.Lexicons.Tests.Apertium;

public sealed class AttLexiconReaderTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    [Fact]
    public void Every_path_is_an_entry_from_input_to_output_with_tags_split_off()
    {
        var text = AttText.StraightPaths([("house<n>", "casa<n><f>"), ("take# into account<vblex>", "tener# en cuenta<vblex>"), ("AC/DC<np><al>", "AC/DC<np><al><m>")])
            + "0\t90\t1\t1\n90\t90\t2\t2\n90\t91\t<num>\t<num>\n91\n" // a number regex: a cycle, never entered
            + "--\n0\t1\t!\t!\n1\t2\t<sent>\t<sent>\n2\n";

        var entries = AttLexiconReader.Read(Stream(text), "dir/eng-spa.autobil.att");

        Assert.Equal(
        [
            Entry(LexiconSide.FromTagged("house", ["n"]), LexiconSide.FromTagged("casa", ["n", "f"])),
            Entry(LexiconSide.FromTagged("take into account", ["vblex"]), LexiconSide.FromTagged("tener en cuenta", ["vblex"])),
            Entry(LexiconSide.FromTagged("AC/DC", ["np", "al"]), LexiconSide.FromTagged("AC/DC", ["np", "al", "m"])),
            Entry(LexiconSide.FromTagged("!", ["sent"]), LexiconSide.FromTagged("!", ["sent"])),
        ], entries);
    }

    [Fact]
    public void A_path_with_an_empty_side_is_left_out()
    {
        Assert.Empty(AttLexiconReader.Read(Stream(AttText.StraightPaths([("<n>", "casa<n>"), ("a", "<n>")])), "x.att"));
    }

    [Theory]
    [InlineData("/usr/share/apertium/apertium-eng-spa/eng-spa.autobil.att", "apertium:eng-spa")]
    [InlineData("eng-cat.autobil.bin", "apertium:eng-cat")]
    [InlineData("mine.att", "mine.att")]
    [InlineData(".autobil.att", ".autobil.att")]
    public void The_resource_is_named_after_the_pair_of_an_autobil_file(string file, string resource)
    {
        Assert.Equal(resource, AttLexiconReader.ResourceFor(file));
    }

    [Fact]
    public void A_compiled_transducer_is_refused_with_the_lt_print_command()
    {
        var binary = _scratch.Write("eng-spa.autobil.bin", [0x8c, 0x00, 0x01]);

        var error = Assert.Throws<LangExpandException>(() => AttLexiconReader.Read(binary));

        Assert.Equal(ErrorCode.InvalidOption, error.Code);
        Assert.Contains($"lt-print {binary} > eng-spa.autobil.att", error.Message);
    }

    [Fact]
    public void A_malformed_line_is_rejected_with_file_and_line()
    {
        var error = Assert.Throws<LangExpandException>(() => AttLexiconReader.Read(Stream("0\t1\ta\ta\n0\t1\ta\n1\n"), "x.att"));

        Assert.Equal((ErrorCode.MalformedLine, new SourceLocation("x.att", 2)), (error.Code, error.Location));
    }

    private static LexiconEntry Entry(LexiconSide source, LexiconSide target) =>
        new(source, target, 1, LexiconDirection.SourceToTarget, new LexiconProvenance("apertium:eng-spa"));

    public void Dispose() => _scratch.Dispose();
}
