using System.Collections;
using LangExpand.Core.Features;
using LangExpand.Core.Inflection;
using LangExpand.Morphology.Data;
using LangExpand.TestKit;

namespace LangExpand.Morphology.Tests.Data;

/// <summary>The writer fills covered files in their own dialect and reproduces layout details it read.</summary>
public class InflectionWriterTests
{
    [Theory]
    [InlineData("x.covered.tst", "schielen\tV.PTCP;PST\nmachen\tV;PST;3;SG\n", "schielen\tV.PTCP;PST\tgeschielt\nmachen\tV;PST;3;SG\tmachte\n")]
    [InlineData("albanian-covered-test", "schielen\t\tV.PTCP;PST\nmachen\t\tV;PST;3;SG\n", "schielen\tgeschielt\tV.PTCP;PST\nmachen\tmachte\tV;PST;3;SG\n")]
    [InlineData("adyghe-test-covered", "schielen\tV.PTCP;PST\nmachen\tV;PST;3;SG\n", "schielen\tgeschielt\tV.PTCP;PST\nmachen\tmachte\tV;PST;3;SG\n")]
    [InlineData("navajo-task1-test-covered", "schielen\tpos=V\nmachen\tpos=V,tense=PST\n", "schielen\tpos=V\tgeschielt\nmachen\tpos=V,tense=PST\tmachte\n")]
    public void A_covered_file_with_forms_is_written_in_its_own_column_order(string name, string covered, string filled)
    {
        var dataset = InflectionText.Read(name, covered).WithForms(["geschielt", "machte"]);

        Assert.Equal(filled, InflectionText.Write(dataset));
    }

    [Fact]
    public void Forms_must_match_the_records_one_for_one()
    {
        var dataset = InflectionText.Read("x.covered.tst", "schielen\tV.PTCP;PST\n");

        Assert.Throws<ArgumentException>(() => dataset.WithForms(["a", "b"]));
    }

    [Theory]
    [InlineData("a\tV;PST\tb\n\nc\tV;PST\td")]
    [InlineData("a\tV;PST\tb\n\n\n")]
    [InlineData("\n\na\tV;PST\tb\n\n\nc\tV;PST\td\n")]
    [InlineData("a\tV;PST\tb")]
    [InlineData("a\tV;PST\tb\r\n\r\nc\tV;PST\td\r\n")]
    [InlineData("a\tV;PST\tb\r\nc\tV;PST\td")]
    [InlineData("a b\tADJ;ABL; PL\tc  d \n")]
    [InlineData("a\tV;PST\t\n")]
    public void Blank_lines_terminators_and_a_missing_final_newline_are_preserved(string content)
    {
        Assert.Equal(content, InflectionText.Write(InflectionText.Read("deu.trn", content)));
    }

    [Fact]
    public void Datasets_made_from_triples_are_written_in_their_format()
    {
        var triples = new[] { new InflectionTriple("schielen", FeatureBundle.Parse("V.PTCP;PST"), "geschielt") };

        var written = InflectionText.Write(InflectionDataset.FromTriples(InflectionFormat.Sigmorphon2021, triples));

        Assert.Equal("schielen\tgeschielt\tV.PTCP;PST\n", written);
    }

    [Fact]
    public void Writing_to_a_path_replaces_the_file_completely()
    {
        using var directory = new ScratchDirectory();
        var path = directory.Write("out.tst", [1, 2, 3]);
        var dataset = InflectionText.Read("x.covered.tst", "schielen\tV.PTCP;PST\n");

        InflectionWriter.Write(dataset, path);

        Assert.Equal("schielen\tV.PTCP;PST\n", File.ReadAllText(path));
        Assert.Equal(["out.tst"], directory.Entries());
    }

    [Fact]
    public void A_write_that_fails_midway_leaves_the_old_file_and_no_temporary_file()
    {
        using var directory = new ScratchDirectory();
        var path = directory.Write("out.tst", [1, 2, 3]);
        var good = InflectionText.Read("x.covered.tst", "schielen\tV.PTCP;PST\n").Records[0];
        var dataset = InflectionDataset.FromTriples(InflectionFormat.Sigmorphon2023, []) with { Records = new FailingRecords(good, 5_000) };

        Assert.Throws<IOException>(() => InflectionWriter.Write(dataset, path));

        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Equal(["out.tst"], directory.Entries());
    }

    /// <summary>Records that fail, as a disk might, after <paramref name="good"/> has been handed out <paramref name="count"/> times.</summary>
    private sealed class FailingRecords(InflectionRecord good, int count) : IReadOnlyList<InflectionRecord>
    {
        public int Count => count + 1;

        public InflectionRecord this[int index] => index < count ? good : throw new IOException("read error");

        public IEnumerator<InflectionRecord> GetEnumerator() => Enumerable.Range(0, Count).Select(i => this[i]).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
