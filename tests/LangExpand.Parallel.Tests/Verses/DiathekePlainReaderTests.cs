using System.Text;
using LangExpand.Core.Diagnostics;
using LangExpand.Parallel.Verses;

namespace LangExpand.Parallel.Tests.Verses;

public sealed class DiathekePlainReaderTests
{
    private static Bible Read(string text) => DiathekePlainReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "kjv.txt");

    [Fact]
    public void Verses_get_corpus_ids_and_headings_and_blank_lines_are_dropped()
    {
        var bible = Read("Genesis 1:1: In the beginning God created the heaven and the earth.\n\nA Psalm of David.\n   Psalms 3:1: LORD, how are they increased  \n"
            + "I Samuel 2:3: Talk no more.\nRevelation of John 22:21: Amen.\n(engKJV2006eb)\n");
        Assert.Equal(["b.GEN.1.1", "b.PSA.3.1", "b.1SA.2.3", "b.REV.22.21"], bible.Verses.Select(v => v.Id));
        Assert.Equal("LORD, how are they increased", bible.Verses[1].Text);
    }

    [Fact]
    public void Read_verses_round_trip_through_verse_tsv()
    {
        var bible = Read("Genesis 1:1: In the beginning.\nGenesis 1:2: And the earth.\n(engKJV2006eb)\n");
        var text = new StringWriter();
        VerseTsvWriter.Write(text, bible.Verses);
        var again = VerseTsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), "x.tsv");
        Assert.Equal(bible.Verses.Select(v => (v.Id, v.Text)), again.Verses.Select(v => (v.Id, v.Text)));
    }

    [Theory]
    [InlineData("Genesys 1:1: x\n(KJV)\n", 1, "unknown book")]
    [InlineData("Genesis 1:1: x\nGenesis 1:1: y\n(KJV)\n", 2, "appears again")]
    [InlineData("Genesis 1:1: x\nstray text\n\nGenesis 1:2: y\n(KJV)\n", 2, "neither a verse")]
    [InlineData("Genesis 1:1: x\n(KJV)\nGenesis 1:2: y\n", 3, "after the module line")]
    public void Malformed_exports_name_the_line(string text, int line, string problem)
    {
        var error = Assert.Throws<LangExpandException>(() => Read(text));
        Assert.Equal(ErrorCode.MalformedLine, error.Code);
        Assert.StartsWith($"kjv.txt:{line}: ", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void An_export_cut_short_is_refused()
    {
        var error = Assert.Throws<LangExpandException>(() => Read("Genesis 1:1: x\n"));
        Assert.Contains("no module line", error.Message);
    }
}
