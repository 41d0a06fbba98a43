using LangExpand.TestKit;

namespace LangExpand.Cli.Tests.Commands;

public sealed class InflectImportApertiumTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    [Fact]
    public void Import_apertium_turns_an_lt_expand_listing_into_three_files_and_prints_the_counts()
    {
        var verbs = Enumerable.Range(0, 60).Select(i => $"c{(char)('a' + i / 26)}{(char)('a' + i % 26)}ar");
        var listing = _scratch.Write("spa.expanded", string.Concat(verbs.Select(v => $"{v}:{v}<vblex><inf>\n{v[..^2]}o:{v}<vblex><pri><p1><sg>\n")));

        var (code, output, error) = CliRunner.Run("inflect", "import-apertium", "--analyser", listing, "--expanded", "--language", "spa",
            "--out", _scratch.Path("spa"), "--seed", "2", "--max-lemmas", "50");

        Assert.True(code == 0, error);
        Assert.StartsWith("120 analyses -> 120 triples of 60 lemmas; wrote ", output);
        Assert.Equal(100, new[] { "spa.trn", "spa.dev", "spa.tst" }.Sum(name => File.ReadAllLines(_scratch.Path($"spa/{name}")).Length));
        Assert.True(File.Exists(_scratch.Path("spa/README.md")));
    }

    [Fact]
    public void Import_apertium_refuses_a_malformed_transducer_with_one_line_naming_file_and_line()
    {
        var att = _scratch.Write("spa.att", "0\t1\ta\ta\t0.0\t\n0\t1\ta\n");

        var (code, output, error) = CliRunner.Run("inflect", "import-apertium", "--analyser", att, "--language", "spa", "--out", _scratch.Path("spa"));

        Assert.Equal((CliApplication.InputError, ""), (code, output));
        Assert.StartsWith($"error: {att}:2: found 3 columns", error);
        Assert.False(Directory.Exists(_scratch.Path("spa")));
    }

    [Fact]
    public void Import_apertium_reruns_into_its_own_folder_but_not_into_a_folder_of_other_files_or_over_its_analyser()
    {
        var verbs = Enumerable.Range(0, 60).Select(i => $"c{(char)('a' + i / 26)}{(char)('a' + i % 26)}ar");
        var listing = _scratch.Write("spa.expanded", string.Concat(verbs.Select(v => $"{v}:{v}<vblex><inf>\n{v[..^2]}o:{v}<vblex><pri><p1><sg>\n")));
        string[] Import(string analyser, string output) => ["inflect", "import-apertium", "--analyser", analyser, "--expanded", "--language", "spa", "--out", output];
        Assert.Equal(0, CliRunner.Run(Import(listing, _scratch.Path("spa"))).ExitCode);
        var sigmorphon = _scratch.Write("sig/spa.trn", "caminar\tV;NFIN\tcaminar\n");
        var ownInput = _scratch.Write("own/spa.trn", File.ReadAllText(listing));

        var rerun = CliRunner.Run(Import(listing, _scratch.Path("spa")));
        var intoData = CliRunner.Run(Import(listing, _scratch.Path("sig")));
        var overInput = CliRunner.Run(Import(ownInput, _scratch.Path("own")));

        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal((CliApplication.InputError, CliApplication.InputError), (intoData.ExitCode, overInput.ExitCode));
        Assert.Contains("refusing to write into", intoData.Error);
        Assert.Equal("caminar\tV;NFIN\tcaminar\n", File.ReadAllText(sigmorphon));
        Assert.Equal(File.ReadAllText(listing), File.ReadAllText(ownInput));
    }

    public void Dispose() => _scratch.Dispose();
}
