using System.Text;
using LangExpand.Core.Diagnostics;
using LangExpand.Lexicons;
using LangExpand.Lexicons.Formats;
using LangExpand.TestKit;
using static LangExpand.Lexicons.Tests.Fixtures;

namespace LangExpand.Lexicons.Tests.Formats;

public sealed class LexiconTsvTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    [Fact]
    public void Entries_written_and_read_back_are_equal_field_for_field()
    {
        var path = _scratch.Path("lexicon.tsv");

        Assert.Equal(Varied.Count, LexiconTsvWriter.Write(Varied, path));

        Assert.Equal(Varied, LexiconTsvReader.Read(path));
    }

    [Fact]
    public void A_schema_file_read_and_written_again_is_byte_for_byte_the_same()
    {
        var text = LexiconTsv.Header + "\n"
            + "etxe\thouse\t1\tn\tn\t\tND\tboth\tapertium-eu-en.eu-en.dix\t11322\timported\n"
            + " a b \tc\t0.30000000000000004\t\t\tx;y\t\ttarget-to-source\talign\t0\tinduced\n"
            + "d\te\t1E-07\t\tvblex\t\t\tsource-to-target\tapertium:eng-spa\t0\timported\n";

        var written = new StringWriter();
        LexiconTsvWriter.Write(LexiconTsvReader.Read(Stream(text), "in.tsv"), written);

        Assert.Equal(text, written.ToString());
    }

    [Fact]
    public void The_header_names_the_columns_in_the_documented_order()
    {
        Assert.Equal("source\ttarget\tscore\tsource_pos\ttarget_pos\tsource_tags\ttarget_tags\tdirection\tprovenance\tline\torigin", LexiconTsv.Header);
    }

    [Fact]
    public void Plain_tsv_without_a_header_reads_the_first_two_columns_with_this_file_as_provenance()
    {
        var entries = LexiconTsvReader.Read(Stream("casa\thouse\t0.9\textra\n\nperro\tdog\n"), "dir/eng-spa.tsv").ToList();

        Assert.Equal([Entry("casa", "house", 1, "eng-spa.tsv"), Entry("perro", "dog", 3, "eng-spa.tsv")], entries);
    }

    [Fact]
    public void A_partial_header_picks_its_columns_by_name_and_pos_sets_both_sides()
    {
        var entries = LexiconTsvReader.Read(Stream("freq\tpos\ttarget\tsource\tscore\n12\tn\thouse\tcasa\t0.5\n"), "x.tsv", resource: "mine").ToList();

        var expected = new LexiconEntry(new LexiconSide("casa", "n"), new LexiconSide("house", "n"), 0.5, LexiconDirection.Both, new LexiconProvenance("mine", 2));
        Assert.Equal([expected], entries);
    }

    [Theory]
    [InlineData("a\n", "found 1 columns")]
    [InlineData("source\ttarget\tscore\na\tb\n", "found 2 columns")]
    [InlineData("source\ttarget\n\tb\n", "source: empty text")]
    [InlineData("source\ttarget\tscore\na\tb\tmuch\n", "score 'much' is not a finite number")]
    [InlineData("source\ttarget\tscore\na\tb\tNaN\n", "score 'NaN'")]
    [InlineData("source\ttarget\tdirection\na\tb\tLR\n", "direction 'LR'")]
    [InlineData("source\ttarget\torigin\na\tb\tguessed\n", "origin 'guessed'")]
    [InlineData("source\ttarget\tprovenance\tline\na\tb\tx\t-3\n", "line '-3'")]
    [InlineData("source\ttarget\tprovenance\na\tb\t\n", "empty provenance")]
    [InlineData("source\ttarget\tsource_tags\na\tb\tf;;sg\n", "source: tag '' is empty")]
    [InlineData("source\ttarget\ttarget_pos\na\tb\tn;x\n", "target: part of speech 'n;x'")]
    public void A_malformed_line_is_rejected_with_file_line_and_code(string text, string problem)
    {
        var error = Assert.Throws<LangExpandException>(() => LexiconTsvReader.Read(Stream(text), "bad.tsv").ToList());

        Assert.Equal(ErrorCode.MalformedLine, error.Code);
        Assert.StartsWith($"bad.tsv:{text.Count(c => c == '\n')}: {problem}", error.Message);
    }

    [Fact]
    public void A_header_naming_a_column_twice_is_rejected()
    {
        var error = Assert.Throws<LangExpandException>(() => LexiconTsvReader.Read(Stream("source\ttarget\tscore\tscore\n"), "bad.tsv").ToList());

        Assert.Equal((ErrorCode.MalformedLine, new SourceLocation("bad.tsv", 1)), (error.Code, error.Location));
    }

    [Fact]
    public void Invalid_utf8_is_rejected_with_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes("a\tb\nc\t").Concat(new byte[] { 0xFF }).ToArray();

        var error = Assert.Throws<LangExpandException>(() => LexiconTsvReader.Read(new MemoryStream(bytes), "bad.tsv").ToList());

        Assert.Equal((ErrorCode.InvalidEncoding, 2), (error.Code, error.Location!.Value.Line));
    }

    [Fact]
    public void A_failed_read_leaves_the_output_as_it_was()
    {
        var path = _scratch.Write("out.tsv", "old");

        Assert.Throws<LangExpandException>(() => LexiconTsvWriter.Write(LexiconTsvReader.Read(Stream("a\tb\nc\n"), "in.tsv"), path));

        Assert.Equal(["out.tsv"], _scratch.Entries());
        Assert.Equal("old", File.ReadAllText(path));
    }

    [Fact]
    public void A_missing_file_is_reported_before_anything_is_read()
    {
        var error = Assert.Throws<LangExpandException>(() => LexiconTsvReader.Read(_scratch.Path("missing.tsv")));

        Assert.Equal(ErrorCode.MissingInput, error.Code);
    }

    public void Dispose() => _scratch.Dispose();
}
