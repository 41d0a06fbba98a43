using LangExpand.TestKit;

namespace LangExpand.Cli.Tests.Commands;

public sealed class LexiconCommandTests : IDisposable
{
    private const string Dix = """
        <dictionary><section>
        <e><p><l>etxe<s n="n"/></l><r>house<s n="n"/><s n="ND"/></r></p></e>
        <e r="RL"><p><l>etxe<s n="n"/></l><r>home<s n="n"/></r></p></e>
        <e><p><l>Bilbo<s n="np"/></l><r>Bilbao<s n="np"/></r></p></e>
        </section></dictionary>
        """;

    private readonly ScratchDirectory _scratch = new();

    [Theory]
    [InlineData("import", "--format", "tsv")]
    [InlineData("merge")]
    public void An_output_that_is_one_of_the_inputs_is_refused_and_left_untouched(params string[] command)
    {
        var lexicon = _scratch.Write("lex.tsv", "cat\tgato\n");

        var (code, _, error) = CliRunner.Run(["lexicon", .. command, "--in", lexicon, "--out", lexicon]);

        Assert.Equal(CliApplication.InputError, code);
        Assert.Contains("refusing to overwrite", error);
        Assert.Equal("cat\tgato\n", File.ReadAllText(lexicon));
    }

    [Theory]
    [InlineData("device")]
    [InlineData("symlink")]
    [InlineData("directory")]
    public void An_output_that_is_a_device_a_symbolic_link_or_a_directory_is_refused_and_not_replaced(string kind)
    {
        var lexicon = _scratch.Write("lex.tsv", "cat\tgato\n");
        var kept = _scratch.Write("kept.tsv", "mine\n");
        var output = kind switch
        {
            "device" => "/dev/null",
            "symlink" => File.CreateSymbolicLink(_scratch.Path("link.tsv"), kept).FullName,
            _ => Directory.CreateDirectory(_scratch.Path("folder")).FullName,
        };

        var (code, _, error) = CliRunner.Run("lexicon", "import", "--format", "tsv", "--in", lexicon, "--out", output);

        Assert.Equal(CliApplication.InputError, code);
        Assert.Contains($"cannot write {output}: it is", error);
        Assert.Contains("[LE1009]", error);
        Assert.Equal("mine\n", File.ReadAllText(kept));
        Assert.True(kind != "symlink" || File.ResolveLinkTarget(output, returnFinalTarget: false) is not null);
    }

    [Fact]
    public void Import_writes_lexicon_tsv_with_source_target_and_score_columns_and_prints_the_count()
    {
        var dix = _scratch.Write("eu-en.dix", Dix);
        var output = _scratch.Path("eu-en.tsv");

        var (code, stdout, stderr) = CliRunner.Run("lexicon", "import", "--format", "apertium-dix", "--in", dix, "--out", output);

        Assert.True(code == 0, stderr);
        Assert.Equal($"imported 3 entries (apertium-dix) -> {output}\n", stdout);
        var lines = File.ReadAllLines(output);
        Assert.StartsWith("source\ttarget\tscore\t", lines[0]);
        Assert.Equal("etxe\thome\t1\tn\tn\t\t\ttarget-to-source\teu-en.dix\t3\timported", lines[2]);
    }

    [SharedDataFact("lexicons", "apertium-eu-en.eu-en.dix")]
    public void The_shared_basque_english_dictionary_imports_with_the_documented_command()
    {
        var output = _scratch.Path("eu-en.tsv");

        var (code, stdout, stderr) = CliRunner.Run("lexicon", "import", "--format", "apertium-dix", "--in", SharedData.Path("lexicons", "apertium-eu-en.eu-en.dix"), "--out", output);

        Assert.True(code == 0, stderr);
        Assert.StartsWith("imported 14516 entries", stdout);
        Assert.Contains("etxe\thouse\t1\tn\tn\t\tND\tboth\tapertium-eu-en.eu-en.dix\t11322\timported", File.ReadAllLines(output));
    }

    [Fact]
    public void Malformed_xml_prints_one_error_line_with_file_and_line_exits_1_and_writes_nothing()
    {
        var dix = _scratch.Write("bad.dix", "<dictionary><section>\n<e><p><l>a</l><r>b</p></e></section></dictionary>");

        var (code, stdout, stderr) = CliRunner.Run("lexicon", "import", "--format", "apertium-dix", "--in", dix, "--out", _scratch.Path("out.tsv"));

        Assert.Equal((CliApplication.InputError, ""), (code, stdout));
        Assert.StartsWith($"error: {dix}:2:", stderr);
        Assert.EndsWith("[LE1011]\n", stderr);
        Assert.Equal(["bad.dix"], _scratch.Entries());
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var (code, _, stderr) = CliRunner.Run("lexicon", "import", "--format", "csv", "--in", "x", "--out", "y");

        Assert.Equal(1, code);
        Assert.Contains("csv", stderr);
    }

    [Fact]
    public void Merge_filters_and_dedupes_and_prints_what_it_did()
    {
        var lexicon = _scratch.Write("eu-en.tsv", "source\ttarget\tsource_pos\ttarget_pos\netxe\thouse\tn\tn\nBilbo\tBilbao\tnp\tnp\n");
        var more = _scratch.Write("more.tsv", "source\ttarget\tpos\tdirection\netxe\thouse\tn\tsource-to-target\n");
        var output = _scratch.Path("m.tsv");

        var (code, stdout, stderr) = CliRunner.Run("lexicon", "merge", "--in", lexicon, "--in", more, "--pos-agree", "--drop", "proper-nouns", "--min-score", "0.5", "--out", output);

        Assert.True(code == 0, stderr);
        Assert.Equal($"read 3 entries from 2 lexicons; 1 filtered out, 1 duplicates merged; wrote 1 -> {output}\n", stdout);
        Assert.Equal("etxe\thouse\t1\tn\tn\t\t\tboth\teu-en.tsv\t2\timported", File.ReadAllLines(output)[1]);
    }

    [Fact]
    public void Merge_refuses_an_unknown_kind_to_drop()
    {
        var lexicon = _scratch.Write("a.tsv", "a\tb\n");

        var (code, _, stderr) = CliRunner.Run("lexicon", "merge", "--in", lexicon, "--drop", "verbs", "--out", _scratch.Path("m.tsv"));

        Assert.Equal(CliApplication.InputError, code);
        Assert.StartsWith("error: --drop verbs is not a kind of entry", stderr);
    }

    [Theory]
    [InlineData(false, "| Entries | 3 |")]
    [InlineData(true, "\"entries\": 3,")]
    public void Stats_prints_markdown_or_json(bool json, string expected)
    {
        var lexicon = _scratch.Write("eu-en.dix", Dix);
        var tsv = _scratch.Path("eu-en.tsv");
        Assert.Equal(0, CliRunner.Run("lexicon", "import", "--format", "apertium-dix", "--in", lexicon, "--out", tsv).ExitCode);

        var (code, stdout, stderr) = CliRunner.Run(json ? ["lexicon", "stats", "--in", tsv, "--json"] : ["lexicon", "stats", "--in", tsv]);

        Assert.True(code == 0, stderr);
        Assert.Contains(expected, stdout);
        Assert.Contains(json ? "\"target-to-source\": 1" : "| target-to-source | 1 |", stdout);
    }

    public void Dispose() => _scratch.Dispose();
}
