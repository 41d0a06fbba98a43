using System.Diagnostics;
using LangExpand.TestKit;

namespace LangExpand.Cli.Tests.Commands;

public sealed class PlanCommandTests
{
    [Fact]
    public async Task A_shell_plan_with_sharded_synthesis_builds_the_same_mono_text_as_an_unsharded_pack()
    {
        using var scratch = new ScratchDirectory();
        scratch.Write("lex.tsv", "the\tel\ncat\tgato\ndog\tperro\nsees\tve\nsings\tcanta\nruns\tcorre\nbird\tpájaro\nfish\tpez\n");
        scratch.Write("mono.eng.txt", string.Concat(from a in new[] { "cat", "dog", "bird", "fish" } from b in new[] { "sees", "sings", "runs" }
            select $"the {a} {b}\n"));
        var common = "  from: eng\n  lexicon: lex.tsv\n  mono_text: mono.eng.txt\n  no_adapt: true\n";
        var languages = scratch.Write("langs.yaml", $"- language: spa\n  out: whole\n{common}- language: spa\n  out: sharded\n  mono_shards: 3\n{common}");
        var tool = $"dotnet {typeof(CliApplication).Assembly.Location}";
        var (code, _, error) = CliRunner.Run("plan", "--languages", languages, "--emit", "shell", "--langexpand", tool, "--out", scratch.Path("plan.sh"));
        Assert.True(code == 0, error);

        var start = new ProcessStartInfo("bash", [scratch.Path("plan.sh")]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var (log, errors) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await errors + await log);

        var whole = File.ReadAllBytes(scratch.Path("whole", "synthetic", "mono.txt"));
        Assert.NotEmpty(whole);
        Assert.Equal(whole, File.ReadAllBytes(scratch.Path("sharded", "synthetic", "mono.txt")));
        Assert.True(File.Exists(scratch.Path("sharded", ".shards", "mono-3-of-3.txt")));
        Assert.Contains("mono_synthetic", File.ReadAllText(scratch.Path("sharded", "manifest.yaml")));
    }

    [Fact]
    public void A_plan_written_over_its_language_list_is_refused()
    {
        using var scratch = new ScratchDirectory();
        var languages = scratch.Write("langs.txt", "spa\n");

        var (code, _, error) = CliRunner.Run("plan", "--languages", languages, "--emit", "shell", "--from", "eng", "--out", languages);

        Assert.Equal(CliApplication.InputError, code);
        Assert.Contains("refusing to overwrite", error);
        Assert.Equal("spa\n", File.ReadAllText(languages));
    }
}
