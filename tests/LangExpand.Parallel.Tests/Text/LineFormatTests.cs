using LangExpand.Core.Diagnostics;
using LangExpand.Parallel.Text;
using LangExpand.TestKit;

namespace LangExpand.Parallel.Tests.Text;

public sealed class LineFormatTests : IDisposable
{
    private static readonly SentencePair[] Pairs =
    [
        new("the house", "la casa"), new("  spaces kept  ", "¿sí?"), new("", "empty source"), new("Ωμέγα", "ओम"),
    ];

    private readonly ScratchDirectory _scratch = new();

    [Fact]
    public void Tsv_round_trips_exactly()
    {
        var path = _scratch.Path("pairs.tsv");
        ParallelTextWriter.WriteTsv(path, Pairs);

        Assert.Equal(Pairs, LinePairReader.Read(path, ParallelFormat.Tsv));
        Assert.Equal("the house\tla casa\n", File.ReadAllLines(path)[0] + "\n");
    }

    [Fact]
    public void Moses_files_round_trip_exactly()
    {
        var (source, target) = (_scratch.Path("c.en"), _scratch.Path("c.es"));
        ParallelTextWriter.WriteMoses(source, target, Pairs);

        Assert.Equal(Pairs, MosesReader.Read(source, target));
    }

    [Fact]
    public void Pipes_round_trip_with_the_sides_trimmed()
    {
        var path = _scratch.Path("pairs.txt");
        ParallelTextWriter.WritePipes(path, Pairs);

        var read = LinePairReader.Read(path, ParallelFormat.Pipes);

        Assert.Equal(Pairs.Select(p => p with { Source = p.Source.Trim(), Target = p.Target.Trim() }), read);
        Assert.Equal(new SentencePair("2 .", "2 ."), LinePairReader.Read(TextStreams.Of("2 .   ||| 2 .  \n"), "x", ParallelFormat.Pipes)[0]);
    }

    [Theory]
    [InlineData(ParallelFormat.Pipes, "a ||| b\nno separator\n", 2, "no ' ||| '; expected source ||| target")]
    [InlineData(ParallelFormat.Pipes, "a ||| b ||| c\n", 1, "more than one ' ||| '")]
    [InlineData(ParallelFormat.Tsv, "a\tb\na\tb\tc\n", 2, "more than one tab; expected source<TAB>target")]
    [InlineData(ParallelFormat.Tsv, "a b\n", 1, "no tab")]
    public void Lines_without_exactly_one_separator_are_errors_with_file_and_line(ParallelFormat format, string content, int line, string detail)
    {
        var error = Assert.Throws<LangExpandException>(() => LinePairReader.Read(TextStreams.Of(content), "in.txt", format));

        Assert.Equal(ErrorCode.MalformedLine, error.Code);
        Assert.StartsWith($"in.txt:{line}: ", error.Message);
        Assert.Contains(detail, error.Message);
    }

    [Fact]
    public void Moses_files_of_different_lengths_are_an_error_at_the_first_unmatched_line()
    {
        var error = Assert.Throws<LangExpandException>(() =>
            MosesReader.Read(TextStreams.Of("a\nb\nc\n"), "c.en", TextStreams.Of("x\ny\n"), "c.es"));

        Assert.Equal(ErrorCode.MalformedLine, error.Code);
        Assert.StartsWith("c.en:3: c.es ends after 2 lines but c.en goes on", error.Message);
    }

    [Fact]
    public void Control_characters_are_encoding_errors_with_the_line()
    {
        var error = Assert.Throws<LangExpandException>(() => LinePairReader.Read(TextStreams.Of("a\tb\nc\u0001\td\n"), "in.tsv", ParallelFormat.Tsv));

        Assert.Equal(ErrorCode.InvalidEncoding, error.Code);
        Assert.StartsWith("in.tsv:2:2: ", error.Message);
    }

    public void Dispose() => _scratch.Dispose();
}
