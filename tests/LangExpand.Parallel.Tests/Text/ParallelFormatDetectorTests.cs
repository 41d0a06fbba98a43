using LangExpand.Core.Diagnostics;
using LangExpand.Parallel.Text;
using LangExpand.TestKit;

namespace LangExpand.Parallel.Tests.Text;

public sealed class ParallelFormatDetectorTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    [Theory]
    [InlineData("# source: x\nb.MAT.1.1\tJu papikia\n", "b.MAT.1.1\tYesu\nb.NUM.15.4 15:5\tmerged\n", ParallelFormat.VerseTsv)]
    [InlineData("the house\n", "la casa\n", ParallelFormat.Moses)]
    [InlineData("b.MAT.1.1\tx\n", "la casa\n", ParallelFormat.Moses)]
    [InlineData("<?xml version=\"1.0\" ?>\n<cesDoc version=\"4\">\n", "<cesDoc>\n", ParallelFormat.Ces)]
    public void Two_files_are_told_apart_by_their_content(string first, string second, ParallelFormat expected) =>
        Assert.Equal(expected, ParallelFormatDetector.Detect([_scratch.Write("a", first), _scratch.Write("b", second)]));

    [Theory]
    [InlineData("a b ||| c d\n2 .   ||| 2 .  \n", ParallelFormat.Pipes)]
    [InlineData("a b\tc d\n", ParallelFormat.Tsv)]
    [InlineData("<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n", ParallelFormat.Tmx)]
    public void One_file_is_told_apart_by_its_content(string content, ParallelFormat expected) =>
        Assert.Equal(expected, ParallelFormatDetector.Detect([_scratch.Write("a", content)]));

    [Theory]
    [InlineData("just text\n")]
    [InlineData("a\tb\tc\n")]
    [InlineData("<html></html>\n")]
    public void Content_that_fits_no_single_file_format_is_refused_as_ambiguous(string content)
    {
        var error = Assert.Throws<LangExpandException>(() => ParallelFormatDetector.Detect([_scratch.Write("a", content)]));

        Assert.Equal(ErrorCode.AmbiguousFormat, error.Code);
        Assert.Contains("expected --format verse-tsv|ces|moses|tsv|pipes|tmx", error.Message);
    }

    [Fact]
    public void A_verse_file_with_one_broken_line_is_still_a_verse_file_and_reading_it_names_the_line()
    {
        var good = _scratch.Write("a", "b.MAT.1.1\tone\nb.MAT.1.2\ttwo\nb.MAT.1.3\tthree\n");
        var broken = _scratch.Write("b", "b.MAT.1.1\tuno\nb.MAT.1.2 dos\nb.MAT.1.3\ttres\n");

        Assert.Equal(ParallelFormat.VerseTsv, ParallelFormatDetector.Detect([good, broken]));
        var error = Assert.Throws<LangExpandException>(() => ParallelTextReader.Read([good, broken]));
        Assert.StartsWith($"{broken}:2: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_verse_file_is_refused_as_one_side_of_a_pair()
    {
        var error = Assert.Throws<LangExpandException>(() => ParallelFormatDetector.Detect([_scratch.Write("a", "b.MAT.1.1\tone\nb.MAT.1.2\ttwo\n")]));

        Assert.Equal(ErrorCode.InvalidOption, error.Code);
        Assert.Contains("is one Bible", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_number_of_files_must_fit_the_format()
    {
        var error = Assert.Throws<LangExpandException>(() => ParallelTextReader.Read([_scratch.Write("a", "x\ty\n")], ParallelFormat.Moses));

        Assert.Equal(ErrorCode.InvalidOption, error.Code);
        Assert.Contains("1 parallel text file(s) given; expected 2 for moses", error.Message);
    }

    public void Dispose() => _scratch.Dispose();
}
