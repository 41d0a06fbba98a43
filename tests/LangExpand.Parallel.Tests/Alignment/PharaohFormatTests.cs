using LangExpand.Core.Diagnostics;
using LangExpand.Parallel.Alignment;
using LangExpand.TestKit;

namespace LangExpand.Parallel.Tests.Alignment;

public sealed class PharaohFormatTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    [Fact]
    public void Alignments_round_trip_byte_for_byte_sorted_and_without_duplicates()
    {
        var path = _scratch.Write("in.align", "0-0 1-2 2-1\n\n10-3\n");
        var written = _scratch.Path("out.align");

        PharaohFormat.Write(written, PharaohFormat.Read(path));

        Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(written));
        Assert.Equal("0-0 1-2 2-2", PharaohFormat.Read(TextStreams.Of("2-2  1-2 0-0 1-2\n"), "x")[0].ToString());
    }

    [Fact]
    public void One_based_links_are_shifted_to_zero_based()
    {
        Assert.Equal("0-1 2-0", PharaohFormat.Read(TextStreams.Of("1-2 3-1\n"), "x", oneBased: true)[0].ToString());
    }

    [Theory]
    [InlineData("0-0 1p1\n", false, "'1p1' is not an alignment link; expected 0-based links i-j separated by spaces")]
    [InlineData("0-0\n0_1\n", false, "'0_1' is not an alignment link")]
    [InlineData("1-1 0-1\n", true, "'0-1' is not an alignment link; expected 1-based links")]
    [InlineData("-1-2\n", false, "'-1-2' is not an alignment link")]
    [InlineData("1-x\n", false, "'1-x' is not an alignment link")]
    public void Malformed_links_are_errors_with_file_and_line(string content, bool oneBased, string detail)
    {
        var error = Assert.Throws<LangExpandException>(() => PharaohFormat.Read(TextStreams.Of(content), "a.align", oneBased));

        Assert.Equal(ErrorCode.MalformedLine, error.Code);
        Assert.Matches(@"^a\.align:[12]: ", error.Message);
        Assert.Contains(detail, error.Message);
    }

    public void Dispose() => _scratch.Dispose();
}
