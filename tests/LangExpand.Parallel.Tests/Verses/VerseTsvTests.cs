using LangExpand.Core.Diagnostics;
using LangExpand.Core.Languages;
using LangExpand.Parallel.Verses;
using LangExpand.TestKit;

namespace LangExpand.Parallel.Tests.Verses;

public sealed class VerseTsvTests : IDisposable
{
    private const string Text = "# source: test; header language code: acu\nb.MAT.1.1\tJu papikia.\nb.MAT.1.2\t\nb.NUM.15.4 15:5\tMerged text.\n";
    private readonly ScratchDirectory _scratch = new();

    [Fact]
    public void A_verse_file_is_read_with_its_comment_language_empty_verses_and_merged_verses()
    {
        var bible = VerseTsvReader.Read(TextStreams.Of(Text), "achuar.tsv");

        Assert.Equal(["b.MAT.1.1", "b.MAT.1.2", "b.NUM.15.4"], bible.Verses.Select(v => v.Id));
        Assert.Equal("Ju papikia.", bible.Verses[0].Text);
        Assert.Equal(LanguageCode.Parse("acu"), bible.HeaderLanguage);
        Assert.Equal(["b.MAT.1.2"], bible.Report.EmptyVerses);
        Assert.Equal(["b.NUM.15.5"], Assert.Single(bible.Report.MergedVerses).AlsoCovers);
        Assert.Equal(4, bible.Verses[2].Line);
        Assert.Empty(bible.Report.LanguageNotes);
    }

    [Fact]
    public void A_comment_language_other_than_the_expected_one_is_a_note_not_an_error()
    {
        var bible = VerseTsvReader.Read(TextStreams.Of(Text), "achuar.tsv", LanguageCode.Parse("spa"));

        Assert.Contains("not the expected Spanish (spa)", Assert.Single(bible.Report.LanguageNotes));
        Assert.Contains(bible.Report.Lines("achuar.tsv"), line => line.StartsWith("achuar.tsv: 1 merged verse(s): b.NUM.15.4+b.NUM.15.5", StringComparison.Ordinal));
    }

    [Fact]
    public void Writing_and_reading_again_gives_the_same_bytes_and_verses()
    {
        var first = _scratch.Write("in.tsv", Text);
        var bible = VerseTsvReader.Read(first);
        var second = _scratch.Path("out.tsv");

        VerseTsvWriter.Write(second, bible.Verses, "source: test; header language code: acu");

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Equal(bible.Verses, VerseTsvReader.Read(second).Verses, new VerseComparer());
    }

    [Theory]
    [InlineData("b.MAT.1.1 no tab\n", 1, "no tab; expected verse id<TAB>text")]
    [InlineData("b.MAT.1.1\ta\n\tb\n", 2, "empty verse id")]
    [InlineData("b.MAT.1.1\ta\tb\n", 1, "more than one tab")]
    [InlineData("# c\nb.MAT.1.1\ta\nb.MAT.1.1\tb\n", 3, "verse id b.MAT.1.1 appears again (first on line 2)")]
    [InlineData("b.NUM.15.4 15:5\ta\nb.NUM.15.5\tb\n", 2, "verse id b.NUM.15.5 appears again (first on line 1)")]
    [InlineData("b.MAT.1.1\ta\n# late comment\n", 2, "no tab")]
    public void Malformed_lines_are_errors_with_file_and_line(string content, int line, string detail)
    {
        var error = Assert.Throws<LangExpandException>(() => VerseTsvReader.Read(TextStreams.Of(content), "bible.tsv"));

        Assert.Equal(ErrorCode.MalformedLine, error.Code);
        Assert.StartsWith($"bible.tsv:{line}: ", error.Message);
        Assert.Contains(detail, error.Message);
    }

    [Fact]
    public void Invalid_utf8_is_an_encoding_error_with_the_line()
    {
        var error = Assert.Throws<LangExpandException>(() => VerseTsvReader.Read(TextStreams.Of([.. "b.MAT.1.1\tok\nb.MAT.1.2\t"u8, 0xC3, 0x28, (byte)'\n']), "bad.tsv"));

        Assert.Equal(ErrorCode.InvalidEncoding, error.Code);
        Assert.StartsWith("bad.tsv:2: ", error.Message);
    }

    [Fact]
    public void A_missing_file_is_a_missing_input_error()
    {
        Assert.Equal(ErrorCode.MissingInput, Assert.Throws<LangExpandException>(() => VerseTsvReader.Read(_scratch.Path("none.tsv"))).Code);
    }

    public void Dispose() => _scratch.Dispose();

    private sealed class VerseComparer : IEqualityComparer<Verse>
    {
        public bool Equals(Verse? x, Verse? y) => x!.Id == y!.Id && x.Text == y.Text && x.AlsoCovers.SequenceEqual(y.AlsoCovers) && x.Line == y.Line;

        public int GetHashCode(Verse obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
