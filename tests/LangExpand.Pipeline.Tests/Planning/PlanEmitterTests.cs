using System.Diagnostics;
using LangExpand.Core.Diagnostics;
using LangExpand.Pipeline.Planning;
using LangExpand.TestKit;

namespace LangExpand.Pipeline.Tests.Planning;

public sealed class PlanEmitterTests
{
    [Fact]
    public void A_slurm_script_is_a_job_array_with_one_add_language_per_language()
    {
        using var scratch = new ScratchDirectory();
        var languages = LanguageList.Read(scratch.Write("langs.txt", "# fleet\nspa\n\neus\n"));
        var script = PlanEmitter.Emit(languages, new PlanOptions(PlanTarget.Slurm, From: "eng"));
        Assert.Contains("#SBATCH --array=0-1\n", script);
        Assert.Contains("    0) langexpand add-language spa --from eng --out packs/spa ;;\n", script);
        Assert.Contains("    1) langexpand add-language eus --from eng --out packs/eus ;;\n", script);
        Assert.Contains("run_language \"${SLURM_ARRAY_TASK_ID:?", script);
    }

    [Fact]
    public void A_yaml_list_carries_per_language_options_quoted_for_bash()
    {
        using var scratch = new ScratchDirectory();
        var path = scratch.Write("langs.yaml", "- spa\n- language: wol\n  from: fra\n  lexicon: [\"my lex.tsv\", apertium:fra-wol]\n  seed: 4\n");
        var script = PlanEmitter.Emit(LanguageList.Read(path), new PlanOptions(PlanTarget.Shell, From: "eng"));
        Assert.Contains($"1) langexpand add-language wol --from fra --lexicon '{Path.GetRelativePath(Environment.CurrentDirectory, scratch.Path("my lex.tsv"))}' --lexicon apertium:fra-wol --out packs/wol --seed 4 ;;", script);
    }

    [Fact]
    public void A_yaml_entry_carries_the_adaptation_settings()
    {
        using var scratch = new ScratchDirectory();
        var path = scratch.Write("langs.yaml", "- language: spa\n  preset: tiny\n  pretrain_steps: 20\n  adapt_steps: 10\n  pos_steps: 5\n  heldout: 50\n- language: eus\n  no_adapt: true\n");
        var script = PlanEmitter.Emit(LanguageList.Read(path), new PlanOptions(PlanTarget.Shell, From: "eng"));
        Assert.Contains("0) langexpand add-language spa --from eng --out packs/spa --preset tiny --pretrain-steps 20 --adapt-steps 10 --pos-steps 5 --heldout 50 ;;", script);
        Assert.Contains("1) langexpand add-language eus --from eng --out packs/eus --no-adapt ;;", script);
    }

    [Fact]
    public void An_unknown_code_in_the_list_names_the_line()
    {
        using var scratch = new ScratchDirectory();
        var error = Assert.Throws<LangExpandException>(() => LanguageList.Read(scratch.Write("langs.txt", "spa\nqqz\n")));
        Assert.Equal(ErrorCode.UnknownLanguage, error.Code);
        Assert.Contains("langs.txt:2", error.Message);
    }

    [Fact]
    public void The_shell_script_runs_every_language_and_one_by_number()
    {
        using var scratch = new ScratchDirectory();
        var languages = LanguageList.Read(scratch.Write("langs.txt", "spa\neus\n"));
        var script = scratch.Write("plan.sh", PlanEmitter.Emit(languages, new PlanOptions(PlanTarget.Shell, From: "eng", Command: "echo")));
        Assert.Equal("add-language spa --from eng --out packs/spa\nadd-language eus --from eng --out packs/eus\n", Bash(script));
        Assert.Equal("add-language eus --from eng --out packs/eus\n", Bash(script, "1"));
    }

    [Fact]
    public void A_sharded_language_runs_in_three_phases_in_the_shell_script()
    {
        using var scratch = new ScratchDirectory();
        var languages = LanguageList.Read(scratch.Write("langs.yaml", "- spa\n- language: eus\n  mono_shards: 3\n"));
        var script = PlanEmitter.Emit(languages, new PlanOptions(PlanTarget.Shell, From: "eng"));
        Assert.Contains("    0) langexpand add-language spa --from eng --out packs/spa ;;\n", script);
        Assert.Contains("    1) langexpand add-language eus --from eng --out packs/eus --stop-before synth-mono ;;\n", script);
        Assert.Contains("    1) langexpand add-language eus --from eng --out packs/eus --mono-shard \"$2\" ;;\n", script);
        Assert.Contains("    1) cat packs/eus/.shards/mono-{1..3}-of-3.txt > packs/eus/.shards/mono.txt && langexpand add-language eus --from eng --out packs/eus"
            + " --mono-synthetic packs/eus/.shards/mono.txt ;;\n", script);
        Assert.Contains("shard_language \"$1\" \"$k/$n\" & pids+=($!)", script);
    }

    [Fact]
    public void Mono_shards_on_the_command_line_apply_to_entries_that_name_none()
    {
        using var scratch = new ScratchDirectory();
        var languages = LanguageList.Read(scratch.Write("langs.yaml", "- spa\n- language: eus\n  mono_shards: 1\n"));
        var script = PlanEmitter.Emit(languages, new PlanOptions(PlanTarget.Shell, From: "eng") { MonoShards = 2 });
        Assert.Contains("    0) langexpand add-language spa --from eng --out packs/spa --stop-before synth-mono ;;\n", script);
        Assert.Contains("    1) langexpand add-language eus --from eng --out packs/eus ;;\n", script);
        Assert.Contains("    0) echo 2 ;;\n", script);
    }

    [Fact]
    public void The_sharded_slurm_script_submits_its_phases_with_afterok_dependencies()
    {
        using var scratch = new ScratchDirectory();
        var languages = LanguageList.Read(scratch.Write("langs.yaml", "- spa\n- language: eus\n  mono_shards: 3\n"));
        var script = scratch.Write("plan.sh", PlanEmitter.Emit(languages, new PlanOptions(PlanTarget.Slurm, From: "eng", Command: "echo")));
        var log = scratch.Path("sbatch.log");
        var bin = Directory.CreateDirectory(scratch.Path("bin")).FullName;
        File.WriteAllText(Path.Combine(bin, "sbatch"), $"#!/usr/bin/env bash\necho \"$*\" >> '{log}'\necho $((100 + $(wc -l < '{log}')))\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(bin, "sbatch"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        BashWith(new() { ["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH") }, script);
        Assert.Equal($"--parsable {script} prepare\n--parsable --array=1-3 --dependency=afterok:101_1 {script} shard 1\n"
            + $"--parsable --array=1 --dependency=afterok:102 {script} finish\n", File.ReadAllText(log));
        Assert.Equal("add-language eus --from eng --out packs/eus --stop-before synth-mono\n", BashWith(new() { ["SLURM_ARRAY_TASK_ID"] = "1" }, script, "prepare"));
        Assert.Equal("add-language eus --from eng --out packs/eus --mono-shard 2/3\n", BashWith(new() { ["SLURM_ARRAY_TASK_ID"] = "2" }, script, "shard", "1"));
        Assert.Equal("add-language spa --from eng --out packs/spa\n", BashWith(new() { ["SLURM_ARRAY_TASK_ID"] = "0" }, script));
    }

    [Fact]
    public void A_shard_count_below_one_is_refused()
    {
        using var scratch = new ScratchDirectory();
        var languages = LanguageList.Read(scratch.Write("langs.yaml", "- language: eus\n  mono_shards: 0\n"));
        var error = Assert.Throws<LangExpandException>(() => PlanEmitter.Emit(languages, new PlanOptions(PlanTarget.Shell, From: "eng")));
        Assert.Equal(ErrorCode.InvalidOption, error.Code);
    }

    private static string Bash(params string[] arguments) => BashWith([], arguments);

    private static string BashWith(Dictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }

    [Theory]
    [InlineData("\n\n")]
    [InlineData("# only a comment\n")]
    public void A_list_without_languages_is_refused_naming_the_file(string content)
    {
        using var scratch = new ScratchDirectory();
        var path = scratch.Write("langs.txt", content);

        var error = Assert.Throws<LangExpandException>(() => LanguageList.Read(path));

        Assert.Equal(ErrorCode.NotEnoughData, error.Code);
        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("spa\nspa\n", "eng", "would build the same pack")]
    [InlineData("spa\n", "xqz", "unknown source language 'xqz'")]
    [InlineData("spa\n", "spa", "spa would be built from itself")]
    public void A_plan_no_add_language_job_could_run_is_refused(string list, string from, string problem)
    {
        using var scratch = new ScratchDirectory();
        var languages = LanguageList.Read(scratch.Write("langs.txt", list));

        var error = Assert.Throws<LangExpandException>(() => PlanEmitter.Emit(languages, new PlanOptions(PlanTarget.Shell, From: from)));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
