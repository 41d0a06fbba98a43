using LangExpand.TestKit;

namespace LangExpand.Cli.Tests.Commands;

public sealed class SynthCommandTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    private string[] Arguments(string output) =>
    [
        "synth", "labelled", "--source-lang", "eng", "--target-lang", "spa",
        "--lexicon", _scratch.Write("lex.tsv", "source\ttarget\tscore\nwalk\tcaminar\t1\nshe\tella\t1\n"),
        "--unimorph", _scratch.Write("spa.trn", "caminar\tV;IND;PST;PFV;NOM(3,SG)\tcaminó\ncaminar\tV;NFIN\tcaminar\n"),
        "--in", _scratch.Write("in.conllu", "1\tShe\tshe\tPRON\t_\tPerson=3\t2\tnsubj\t_\t_\n2\twalked\twalk\tVERB\t_\tMood=Ind|Number=Sing|Person=3|Tense=Past\t0\troot\t_\t_\n\n"),
        "--out", output,
    ];

    [Fact]
    public void Synth_labelled_writes_target_conllu_and_a_manifest_and_the_same_inputs_give_the_same_bytes()
    {
        var (code, output, error) = CliRunner.Run(Arguments(_scratch.Path("a.conllu")));
        CliRunner.Run(Arguments(_scratch.Path("b.conllu")));

        Assert.True(code == 0, error);
        Assert.Contains("wrote 1 sentences", output);
        Assert.Contains("2 of 2 words substituted", error);
        Assert.Contains("\tcaminó\tcaminar\t", File.ReadAllText(_scratch.Path("a.conllu")));
        Assert.Equal(File.ReadAllBytes(_scratch.Path("a.conllu")), File.ReadAllBytes(_scratch.Path("b.conllu")));
        Assert.Equal(File.ReadAllText(_scratch.Path("a.conllu.manifest.json")), File.ReadAllText(_scratch.Path("b.conllu.manifest.json")));
        Assert.Contains("\"sha256\"", File.ReadAllText(_scratch.Path("a.conllu.manifest.json")));
    }

    [Fact]
    public void Synth_labelled_with_no_reinflect_writes_the_translated_lemma_as_it_is_and_the_manifest_says_so()
    {
        var (code, _, error) = CliRunner.Run([.. Arguments(_scratch.Path("off.conllu")), "--no-reinflect"]);
        CliRunner.Run(Arguments(_scratch.Path("on.conllu")));

        Assert.True(code == 0, error);
        Assert.Contains("\tcaminar\tcaminar\tVERB\t", File.ReadAllText(_scratch.Path("off.conllu")));
        Assert.Contains("|Inflection=off|", File.ReadAllText(_scratch.Path("off.conllu")));
        Assert.Contains("\"reinflect\": false", File.ReadAllText(_scratch.Path("off.conllu.manifest.json")));
        Assert.Contains("\"reinflect\": true", File.ReadAllText(_scratch.Path("on.conllu.manifest.json")));
    }

    [Fact]
    public void Synth_mono_with_no_reinflect_writes_analysed_words_as_their_translated_lemma_and_the_manifest_says_so()
    {
        var input = _scratch.Write("dogs.txt", "the dogs\n");
        var analyser = _scratch.Write("eng.trn", "dog\tN;PL\tdogs\ndog\tN;SG\tdog\n");

        var (code, _, error) = CliRunner.Run(Mono(input, _scratch.Path("off.txt"), "--source-unimorph", analyser, "--min-substituted", "1", "--no-reinflect"));

        Assert.True(code == 0, error);
        Assert.Equal("el perro\n", File.ReadAllText(_scratch.Path("off.txt")));
        Assert.Contains("copied 1, off 1", error);
        Assert.Contains("\"reinflect\": false", File.ReadAllText(_scratch.Path("off.txt.manifest.json")));
    }

    [Fact]
    public void A_malformed_conllu_input_fails_with_file_and_line_and_writes_nothing()
    {
        var arguments = Arguments(_scratch.Path("out.conllu"));
        _scratch.Write("in.conllu", "1\tShe\tshe\n");

        var (code, _, error) = CliRunner.Run(arguments);

        Assert.Equal(CliApplication.InputError, code);
        Assert.Contains("in.conllu:1:", error);
        Assert.False(File.Exists(_scratch.Path("out.conllu")));
    }

    private string[] Mono(string input, string output, params string[] extra) =>
    [
        "synth", "mono", "--source-lang", "eng", "--target-lang", "spa",
        "--lexicon", _scratch.Write("mono.tsv", "source\ttarget\tscore\nthe\tel\t1\ndog\tperro\t1\nsees\tve\t1\ncat\tgato\t1\n"),
        "--in", input, "--out", output, .. extra,
    ];

    [Fact]
    public void A_rerun_that_fails_while_writing_leaves_the_earlier_output_and_its_manifest_as_they_were()
    {
        var arguments = Arguments(_scratch.Path("out.conllu"));
        Assert.Equal(0, CliRunner.Run(arguments).ExitCode);
        var (data, manifest) = (File.ReadAllBytes(_scratch.Path("out.conllu")), File.ReadAllBytes(_scratch.Path("out.conllu.manifest.json")));
        var input = arguments[Array.IndexOf(arguments, "--in") + 1];
        File.AppendAllText(input, "1\tShe\tshe\tPRON\n\n");

        var (code, _, error) = CliRunner.Run(arguments);

        Assert.Equal(CliApplication.InputError, code);
        Assert.Contains($"{input}:", error);
        Assert.Equal(data, File.ReadAllBytes(_scratch.Path("out.conllu")));
        Assert.Equal(manifest, File.ReadAllBytes(_scratch.Path("out.conllu.manifest.json")));
    }

    [Fact]
    public void A_shard_of_a_missing_input_is_a_missing_input_error()
    {
        var (code, _, error) = CliRunner.Run(Mono(_scratch.Path("missing.txt"), _scratch.Path("out.txt"), "--shard", "2/2"));

        Assert.Equal(CliApplication.InputError, code);
        Assert.Contains("file not found", error);
        Assert.Contains("[LE1006]", error);
    }

    [Theory]
    [InlineData("--min-coverage", "NaN", "is not a share of words")]
    [InlineData("--min-coverage", "1.5", "is not a share of words")]
    [InlineData("--max-sentences", "-5", "--max-sentences -5 is negative")]
    [InlineData("--min-substituted", "-1", "--min-substituted -1 is negative")]
    public void Synth_mono_refuses_selection_settings_out_of_range_and_writes_nothing(string option, string value, string message)
    {
        var (code, _, error) = CliRunner.Run(Mono(_scratch.Write("in.txt", "The dog sees the cat.\n"), _scratch.Path("out.txt"), option, value));

        Assert.Equal(CliApplication.InputError, code);
        Assert.Contains(message, error);
        Assert.Equal(["in.txt", "mono.tsv"], _scratch.Entries());
    }

    [Theory]
    [InlineData("--min-coverage", "NaN", "is not a share of words")]
    [InlineData("--max-alternatives", "0", "--max-alternatives 0 is not positive")]
    public void Synth_labelled_refuses_settings_out_of_range_and_writes_nothing(string option, string value, string message)
    {
        var (code, _, error) = CliRunner.Run([.. Arguments(_scratch.Path("out.conllu")), "--choice", "all", option, value]);

        Assert.Equal(CliApplication.InputError, code);
        Assert.Contains(message, error);
        Assert.False(File.Exists(_scratch.Path("out.conllu")));
    }

    [Fact]
    public void Synth_mono_reads_standard_input_and_writes_kept_sentences_to_standard_output()
    {
        var input = new MemoryStream("The dog sees the cat.\nthe cat\nThe dog sees the cat.\n"u8.ToArray());
        var (output, error) = (new StringWriter(), new StringWriter());

        var code = CliApplication.Run(Mono("-", "-"), output, error, input);

        Assert.True(code == 0, error.ToString());
        Assert.Equal("El perro ve el gato.\n", output.ToString());
        Assert.Contains("1 duplicates skipped", error.ToString());
        Assert.Contains("wrote 1 sentences -> standard output", error.ToString());
    }

    [Fact]
    public void Synth_mono_shards_written_to_files_concatenate_to_the_single_run()
    {
        var lines = string.Concat(Enumerable.Range(0, 30).Select(i => i % 3 == 0 ? $"the dog sees the cat {i}\n" : $"The cat sees the dog number {i}.\n"));
        var input = _scratch.Write("in.txt", lines);

        Assert.Equal(0, CliRunner.Run(Mono(input, _scratch.Path("all.txt"), "--choice", "sample", "--seed", "4")).ExitCode);
        var parts = Enumerable.Range(1, 4).Select(i =>
        {
            var (code, _, error) = CliRunner.Run(Mono(input, _scratch.Path($"part{i}.txt"), "--choice", "sample", "--seed", "4", "--shard", $"{i}/4"));
            Assert.True(code == 0, error);
            return File.ReadAllText(_scratch.Path($"part{i}.txt"));
        });

        Assert.Equal(File.ReadAllText(_scratch.Path("all.txt")), string.Concat(parts));
        Assert.Contains("\"shard\": \"2/4\"", File.ReadAllText(_scratch.Path("part2.txt.manifest.json")));
    }

    [Fact]
    public void Synth_labelled_tells_token_tag_tsv_from_its_content_re_inflects_through_the_source_analyser_and_writes_a_provenance_sidecar()
    {
        var arguments = Arguments(_scratch.Path("out.data"));
        arguments[Array.IndexOf(arguments, "--in") + 1] = _scratch.Write("in.data", "She\tO\nwalked\tO\nhome\tB-LOC\n\n");

        var (code, _, error) = CliRunner.Run([.. arguments, "--source-unimorph", _scratch.Write("eng.trn", "walk\tV;PST\twalked\nwalk\tV;NFIN\twalk\n")]);

        Assert.True(code == 0, error);
        Assert.Equal("Ella\tO\ncaminó\tO\nhome\tB-LOC\n\n", File.ReadAllText(_scratch.Path("out.data")));
        Assert.StartsWith("sentence_line\ttoken\tsource\ttarget", File.ReadAllText(_scratch.Path("out.data.provenance.tsv")));
        Assert.Contains("\"format\": \"tsv\"", File.ReadAllText(_scratch.Path("out.data.manifest.json")));
    }

    [Fact]
    public void An_output_that_is_one_of_the_inputs_is_refused_and_left_untouched()
    {
        var arguments = Arguments(_scratch.Path("x"));
        var input = arguments[Array.IndexOf(arguments, "--in") + 1];
        arguments[Array.IndexOf(arguments, "--out") + 1] = input;
        var before = File.ReadAllBytes(input);

        var (code, _, error) = CliRunner.Run(arguments);

        Assert.Equal(CliApplication.InputError, code);
        Assert.Contains("refusing to overwrite", error);
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Fact]
    public void A_shard_of_standard_input_is_refused()
    {
        var (code, _, error) = CliRunner.Run(Mono("-", _scratch.Path("o.txt"), "--shard", "1/2"));

        Assert.Equal(CliApplication.InputError, code);
        Assert.Contains("--shard needs an input file", error);
    }

    public void Dispose() => _scratch.Dispose();
}
