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
    public void A_malformed_conllu_input_fails_with_file_and_line_and_writes_nothing()
    {
        var arguments = Arguments(_scratch.Path("out.conllu"));
        _scratch.Write("in.conllu", "1\tShe\tshe\n");

        var (code, _, error) = CliRunner.Run(arguments);

        Assert.Equal(CliApplication.InputError, code);
        Assert.Contains("in.conllu:1:", error);
        Assert.False(File.Exists(_scratch.Path("out.conllu")));
    }

    public void Dispose() => _scratch.Dispose();
}
