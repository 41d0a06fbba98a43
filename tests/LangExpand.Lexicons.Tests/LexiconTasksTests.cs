using LangExpand.Core.Diagnostics;
using LangExpand.Lexicons.Formats;
using LangExpand.Lexicons.Merging;
using LangExpand.TestKit;

namespace LangExpand.Lexicons.Tests;

public sealed class LexiconTasksTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    /// <summary>One small input per format: file names and contents (PanLex has two files).</summary>
    public static TheoryData<LexiconFormat, string[], string?, int> Inputs => new()
    {
        { LexiconFormat.Tsv, ["plain.tsv", "casa\thouse\nperro\tdog\n"], null, 2 },
        { LexiconFormat.Muse, ["es-en.txt", "casa house\nperro dog\n"], null, 2 },
        { LexiconFormat.PanLex, ["spa.tsv", "1\t6\tcasa\tcasa\t9\tspa-000\n", "eng.tsv", "2\t1\thouse\thouse\t9\teng-000\n"], null, 1 },
        { LexiconFormat.Wiktionary, ["es.jsonl", """{"word": "casa", "pos": "noun", "lang_code": "es", "translations": [{"code": "en", "word": "house"}]}""" + "\n"], "eng", 1 },
        { LexiconFormat.ApertiumDix, ["es-en.dix", "<dictionary><section><e><p><l>casa<s n=\"n\"/></l><r>house<s n=\"n\"/></r></p></e></section></dictionary>"], null, 1 },
        { LexiconFormat.ApertiumAtt, ["spa-eng.autobil.att", AttText.StraightPaths([("casa<n><f>", "house<n>")])], null, 1 },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_format_imports_to_lexicon_tsv_that_reads_back_to_the_same_entries(LexiconFormat format, string[] files, string? targetLanguage, int count)
    {
        var paths = files.Chunk(2).Select(file => _scratch.Write(file[0], file[1])).ToList();
        var output = _scratch.Path("out.tsv");

        var written = LexiconTasks.Import(new LexiconImportOptions(format, paths, output, TargetLanguage: targetLanguage));

        Assert.Equal(count, written);
        Assert.StartsWith(LexiconTsv.Header + "\n", File.ReadAllText(output));
        var imported = LexiconTsvReader.Read(output).ToList();
        Assert.Equal(count, imported.Count);
        Assert.Equal(("casa", "house"), (imported[0].Source.Text, imported[0].Target.Text));
        Assert.Equal(imported, LexiconTsvReader.Read(_scratch.Write("again.tsv", File.ReadAllText(output))));
    }

    [Theory]
    [InlineData(LexiconFormat.PanLex, 1, null, null)]
    [InlineData(LexiconFormat.Tsv, 2, null, null)]
    [InlineData(LexiconFormat.ApertiumDix, 1, "eus", null)]
    [InlineData(LexiconFormat.Wiktionary, 1, "eng", null)]
    public void Inputs_and_languages_that_do_not_fit_the_format_are_invalid_options(LexiconFormat format, int inputs, string? source, string? target)
    {
        var paths = Enumerable.Range(0, inputs).Select(i => _scratch.Write($"in{i}", "a\tb\n")).ToList();

        var error = Assert.Throws<LangExpandException>(() => LexiconTasks.Import(new LexiconImportOptions(format, paths, _scratch.Path("out.tsv"), source, target)));

        Assert.Equal(ErrorCode.InvalidOption, error.Code);
        Assert.False(File.Exists(_scratch.Path("out.tsv")));
    }

    [Theory]
    [InlineData(LexiconFormat.Muse, "")]
    [InlineData(LexiconFormat.ApertiumDix, "a\tb")]
    [InlineData(LexiconFormat.ApertiumAtt, "a\nb")]
    public void A_resource_name_that_cannot_be_a_provenance_is_an_invalid_option(LexiconFormat format, string resource)
    {
        var input = _scratch.Write("in", format == LexiconFormat.ApertiumDix ? "<dictionary/>" : "0\t1\ta\ta\n1\n");

        var error = Assert.Throws<LangExpandException>(() => LexiconTasks.Import(new LexiconImportOptions(format, [input], _scratch.Path("out.tsv"), Resource: resource)));

        Assert.Equal(ErrorCode.InvalidOption, error.Code);
    }

    [Fact]
    public void A_malformed_input_writes_nothing()
    {
        var input = _scratch.Write("bad.dix", "<dictionary><section><e><p><l>a</l><r>b</r></p></e>\n<e><p><l>a</l></p></e></section></dictionary>");

        var error = Assert.Throws<LangExpandException>(() => LexiconTasks.Import(new LexiconImportOptions(LexiconFormat.ApertiumDix, [input], _scratch.Path("out.tsv"))));

        Assert.Equal((ErrorCode.MalformedDocument, 2), (error.Code, error.Location!.Value.Line));
        Assert.Equal(["bad.dix"], _scratch.Entries());
    }

    [Fact]
    public void Merge_reads_lexicon_tsv_files_filters_dedupes_and_writes_one()
    {
        var first = _scratch.Write("a.tsv", "source\ttarget\tscore\tsource_pos\ncasa\thouse\t0.4\tn\n12\tdoce\t1\tnum\n");
        var second = _scratch.Write("b.tsv", "casa\thouse\nperro\tdog\n");

        var result = LexiconTasks.Merge(new LexiconMergeOptions([first, second], _scratch.Path("m.tsv"), new LexiconFilter(Drop: LexiconDrops.Numerals)));

        Assert.Equal((4, 1, 0), (result.Read, result.FilteredOut, result.DuplicatesMerged));
        Assert.Equal(["casa", "casa", "perro"], LexiconTsvReader.Read(_scratch.Path("m.tsv")).Select(e => e.Source.Text));
        Assert.Equal(3, LexiconTasks.Stats(_scratch.Path("m.tsv")).Entries);
    }

    public void Dispose() => _scratch.Dispose();
}
