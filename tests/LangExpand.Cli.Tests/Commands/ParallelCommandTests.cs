using LangExpand.TestKit;

namespace LangExpand.Cli.Tests.Commands;

public sealed class ParallelCommandTests : IDisposable
{
    private const string English = "# source: test; header language code: eng\nb.GEN.1.1\tthe house\nb.GEN.1.2\tthe green house\n"
        + "b.GEN.1.3\tthe cat\nb.GEN.1.4\tthe green cat\nb.GEN.1.5\tOnly English.\n";
    private const string Spanish = "b.GEN.1.1\tla casa\nb.GEN.1.2\tla casa verde\nb.GEN.1.3\tel gato\nb.GEN.1.4\tel gato verde\nb.GEN.1.6\tSolo.\n";
    private readonly ScratchDirectory _scratch = new();

    [Fact]
    public void Align_joins_two_verse_files_by_id_and_writes_links_ids_and_the_matching_report()
    {
        var (source, target, output) = (_scratch.Write("eng.tsv", English), _scratch.Write("spa.tsv", Spanish), _scratch.Path("out", "links.txt"));

        var (code, stdout, stderr) = CliRunner.Run("parallel", "align", "--src-lang", "eng", "--tgt-lang", "spa", "--parallel", source, target,
            "--symmetrize", "gdfa", "--out", output);

        Assert.True(code == 0, stderr);
        Assert.Equal(4, File.ReadAllLines(output).Length);
        Assert.Equal("0-0 1-1\n", File.ReadAllLines(output)[0] + "\n");
        Assert.Equal("b.GEN.1.1\nb.GEN.1.2\nb.GEN.1.3\nb.GEN.1.4\n", File.ReadAllText(output + ".ids"));
        Assert.Contains("verses: 4 pairs, 0 with merged verses; 1 only in source, 1 only in target", stderr);
        Assert.Contains("only in source: b.GEN.1.5", stderr);
        Assert.StartsWith($"aligned 4 pairs (verse-tsv, gdfa): ", stdout);
    }

    [Fact]
    public void Align_refuses_an_output_whose_ids_file_would_overwrite_an_input()
    {
        var source = _scratch.Write("eng.tsv", English);
        var target = _scratch.Write("links.ids", Spanish);

        var (code, _, error) = CliRunner.Run("parallel", "align", "--parallel", source, target, "--out", _scratch.Path("links"));

        Assert.Equal(CliApplication.InputError, code);
        Assert.Contains("refusing to overwrite", error);
        Assert.Equal(Spanish, File.ReadAllText(target));
    }

    [Fact]
    public void Align_writes_the_same_bytes_twice()
    {
        var (source, target) = (_scratch.Write("eng.tsv", English), _scratch.Write("spa.tsv", Spanish));

        CliRunner.Run("parallel", "align", "--parallel", source, target, "--out", _scratch.Path("a"));
        CliRunner.Run("parallel", "align", "--parallel", source, target, "--out", _scratch.Path("b"));

        Assert.Equal(File.ReadAllBytes(_scratch.Path("a")), File.ReadAllBytes(_scratch.Path("b")));
    }

    [Fact]
    public void Align_writes_one_direction_of_a_pipes_file_and_removes_a_stale_ids_file()
    {
        var input = _scratch.Write("pairs.txt", "the house ||| la casa\nthe cat ||| el gato\n");
        var output = _scratch.Path("links.txt");
        _scratch.Write("links.txt.ids", "b.GEN.1.1\n");

        var (code, stdout, stderr) = CliRunner.Run("parallel", "align", "--parallel", input, "--symmetrize", "none", "--direction", "reverse",
            "--iterations", "3", "--lowercase", "false", "--tokenizer", "whitespace", "--out", output);

        Assert.True(code == 0, stderr);
        Assert.Equal(2, File.ReadAllLines(output).Length);
        Assert.False(File.Exists(output + ".ids"));
        Assert.Contains("(pipes, none)", stdout);
    }

    [Fact]
    public void Align_reads_two_ces_bibles_pairs_a_merged_verse_and_reports_the_header_language()
    {
        const string Head = "<?xml version=\"1.0\" ?>\n<cesDoc><cesHeader><language iso639=\"{0}\">{1}</language></cesHeader><text><body>\n";
        var source = _scratch.Write("a.xml", string.Format(Head, "eng", "English")
            + "<seg id=\"b.NUM.15.4 15:5\" type=\"verse\">the house and the cat</seg>\n<seg id=\"b.NUM.15.6\" type=\"verse\">the cat</seg>\n</body></text></cesDoc>\n");
        var target = _scratch.Write("b.xml", string.Format(Head, "ssw", "Swahili")
            + "<seg id=\"b.NUM.15.4\" type=\"verse\">nyumba</seg>\n<seg id=\"b.NUM.15.5\" type=\"verse\">na paka</seg>\n<seg id=\"b.NUM.15.6\" type=\"verse\">paka</seg>\n</body></text></cesDoc>\n");
        var output = _scratch.Path("links.txt");

        var (code, stdout, stderr) = CliRunner.Run("parallel", "align", "--src-lang", "eng", "--tgt-lang", "swa", "--parallel", source, target, "--out", output);

        Assert.True(code == 0, stderr);
        Assert.Contains("(ces, gdfa)", stdout);
        Assert.Equal("b.NUM.15.4\nb.NUM.15.6\n", File.ReadAllText(output + ".ids"));
        Assert.Contains($"{source}: 1 merged verse(s): b.NUM.15.4+b.NUM.15.5", stderr);
        Assert.Contains("not the expected Swahili", stderr);
        Assert.Contains("verses: 2 pairs, 1 with merged verses", stderr);
    }

    [Fact]
    public void Symmetrize_and_aer_work_on_files()
    {
        var forward = _scratch.Write("f.align", "0-0 2-3\n0-0\n");
        var reverse = _scratch.Write("r.align", "0-0 2-5 3-3\n0-0 1-1\n");
        var gold = _scratch.Write("x.gold", "1-1 3-4\n1-1 2p2\n");
        var output = _scratch.Path("g.align");

        var symmetrize = CliRunner.Run("parallel", "symmetrize", "--forward", forward, "--reverse", reverse, "--method", "gdfa", "--out", output);
        var aer = CliRunner.Run("parallel", "aer", "--gold", gold, "--test", output);

        Assert.True(symmetrize.ExitCode == 0, symmetrize.Error);
        Assert.Equal("0-0 2-3\n0-0 1-1\n", File.ReadAllText(output));
        Assert.Equal("AER 0.0000 (precision 1.0000, recall 1.0000; 2 pairs, 4 predicted, 3 sure, 4 possible links)\n", aer.Output);
    }

    [Theory]
    [InlineData("--direction", "reverse", "error: --direction applies only with --symmetrize none")]
    [InlineData("--src-lang", "klingonese", "error: ")]
    [InlineData("--format", "moses", "error: ")]
    public void Bad_options_fail_with_one_line_and_exit_code_1(string option, string value, string start)
    {
        var (source, target) = (_scratch.Write("eng.tsv", English), _scratch.Write("spa.tsv", Spanish));
        var output = _scratch.Path("links.txt");

        var (code, _, stderr) = CliRunner.Run("parallel", "align", "--parallel", source, target, option, value, "--out", output);

        Assert.Equal(CliApplication.InputError, code);
        Assert.StartsWith(start, stderr);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_malformed_input_names_file_and_line_and_leaves_no_output()
    {
        var (source, target) = (_scratch.Write("eng.tsv", English), _scratch.Write("spa.tsv", "b.GEN.1.1\tla casa\nb.GEN.1.2 broken\n"));
        var output = _scratch.Path("links.txt");

        var (code, _, stderr) = CliRunner.Run("parallel", "align", "--parallel", source, target, "--format", "verse-tsv", "--out", output);

        Assert.Equal(CliApplication.InputError, code);
        Assert.StartsWith($"error: {target}:2: no tab; expected verse id<TAB>text [LE1001]", stderr);
        Assert.DoesNotContain(_scratch.Entries(), name => name.StartsWith("links", StringComparison.Ordinal));
    }

    [Fact]
    public void Aer_with_a_test_file_of_the_wrong_length_fails()
    {
        var (code, _, stderr) = CliRunner.Run("parallel", "aer", "--gold", _scratch.Write("g", "1-1\n1-1\n"), "--test", _scratch.Write("t", "0-0\n"));

        Assert.Equal(CliApplication.InputError, code);
        Assert.Contains("the gold alignment has 2 sentence pairs, the tested one 1", stderr);
    }

    public void Dispose() => _scratch.Dispose();
}
