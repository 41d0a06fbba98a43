using System.Text;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.Languages;
using LangExpand.Pipeline.Requests;

namespace LangExpand.Pipeline.Planning;

/// <summary>The kind of script <see cref="PlanEmitter"/> writes.</summary>
public enum PlanTarget
{
    /// <summary>A Slurm job-array script (<c>sbatch</c>): array task i runs language i.</summary>
    Slurm,

    /// <summary>A bash script: with an argument i runs language i; without one, every language in turn (failures listed at the end).</summary>
    Shell,
}

/// <summary>Options of <see cref="PlanEmitter.Emit"/>.</summary>
/// <param name="Target">Slurm or shell.</param>
/// <param name="From">The source language for entries that do not name one.</param>
/// <param name="OutRoot">Packs go to <c>OUTROOT/ISO</c> unless an entry names <c>out:</c>.</param>
/// <param name="Command">How to invoke the tool (default <c>langexpand</c>).</param>
/// <param name="CpusPerTask">Slurm <c>--cpus-per-task</c>.</param>
public sealed record PlanOptions(PlanTarget Target, string? From = null, string OutRoot = "packs", string Command = "langexpand", int CpusPerTask = 2)
{
    /// <summary>Shards of <c>synth-mono</c> for entries that name no <c>mono_shards:</c> (1: none).</summary>
    public int MonoShards { get; init; } = 1;
}

/// <summary>
/// Writes a script that runs one <c>langexpand add-language</c> per language (languages are independent jobs). A language
/// with <c>mono_shards: N</c> (N &gt; 1) runs in three phases: add-language <c>--stop-before synth-mono</c>; N shard jobs
/// (<c>--mono-shard K/N</c>); the shards concatenated in order and add-language <c>--mono-synthetic</c> to finish the pack.
/// </summary>
public static class PlanEmitter
{
    private const string StopBefore = "synth-mono";

    /// <summary>The script for <paramref name="languages"/>.</summary>
    public static string Emit(IReadOnlyList<PackSettings> languages, PlanOptions options)
    {
        if (File.Exists(options.OutRoot))
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"--out-root {options.OutRoot} is a file", expected: "a folder for the packs");
        }
        var jobs = languages.Select(l => new Job(CommandLine(l, options), PackOf(l, options), Shards(l, options))).ToList();
        if (jobs.GroupBy(j => Path.GetFullPath(j.Pack), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } shared)
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"{shared.Count()} jobs would build the same pack {shared.First().Pack} (a language listed twice?)",
                expected: "one pack per job: each language once, or its own 'out:'");
        }
        var sharded = jobs.Index().Where(j => j.Item.Shards > 1).ToList();
        var last = jobs.Count - 1;
        var text = new StringBuilder("#!/usr/bin/env bash\n");
        if (options.Target == PlanTarget.Slurm)
        {
            text.Append($"#SBATCH --job-name=langexpand\n#SBATCH --array=0-{last}\n#SBATCH --cpus-per-task={options.CpusPerTask}\n#SBATCH --output=langexpand-%A_%a.log\n");
        }
        text.Append($"# Written by 'langexpand plan': one add-language job per language ({jobs.Count}); rerunning a job resumes its pack.\n");
        if (sharded.Count > 0)
        {
            text.Append($"# Languages {string.Join(' ', sharded.Select(j => j.Index))} shard synth-mono: add-language --stop-before {StopBefore}, then\n"
                + "# N jobs 'add-language --mono-shard K/N', then the shards concatenated in order and 'add-language --mono-synthetic'.\n");
            text.Append(options.Target == PlanTarget.Slurm
                ? "# Submit with 'bash THIS_SCRIPT' (not sbatch): it submits the first phases as an array, and per sharded language\n"
                  + "# an array of shards (afterok on that language's task) and a finishing job (afterok on its shards).\n"
                : "# The shards of a language run in parallel (&, wait).\n");
        }
        text.Append("set -uo pipefail\n\n");
        Function(text, "run_language", jobs.Select(j => j.Shards > 1 ? $"{j.Command} --stop-before {StopBefore}" : j.Command), $"no language number $1 (0-{last})");
        if (sharded.Count > 0)
        {
            Function(text, "mono_shards", sharded.Select(j => (j.Index, $"echo {j.Item.Shards}")), "echo 1");
            Function(text, "shard_language", sharded.Select(j => (j.Index, $"{j.Item.Command} --mono-shard \"$2\"")), null);
            Function(text, "finish_language", sharded.Select(j => (j.Index, Finish(j.Item))), null);
        }
        text.Append(options.Target == PlanTarget.Shell ? ShellMain(sharded.Count > 0 ? "run_pack" : "run_language", last)
            : sharded.Count > 0 ? SlurmMain(sharded.Select(j => j.Index))
            : "run_language \"${SLURM_ARRAY_TASK_ID:?run with sbatch (a job array)}\"\n");
        return text.ToString();
    }

    private sealed record Job(string Command, string Pack, int Shards);

    private static int Shards(PackSettings language, PlanOptions options)
    {
        var shards = language.MonoShards ?? options.MonoShards;
        return shards >= 1 ? shards
            : throw new LangExpandException(ErrorCode.InvalidOption, $"mono_shards {shards} for {language.Language}", expected: "a number of shards ≥ 1");
    }

    private static string PackOf(PackSettings language, PlanOptions options) => language.Out ?? $"{options.OutRoot}/{language.Language}";

    private static string Finish(Job job)
    {
        var directory = $"{job.Pack}/{LanguagePacks.ShardDirectory}";
        var shards = Quote(directory + "/mono-") + "{1.." + job.Shards + "}" + Quote($"-of-{job.Shards}.txt");
        var joined = Quote(directory + "/mono.txt");
        return $"cat {shards} > {joined} && {job.Command} --mono-synthetic {joined}";
    }

    private static void Function(StringBuilder text, string name, IEnumerable<string> bodies, string failure) =>
        Function(text, name, bodies.Index(), $"echo \"{failure}\" >&2; return 2");

    private static void Function(StringBuilder text, string name, IEnumerable<(int Index, string Body)> cases, string? otherwise)
    {
        text.Append($"{name}() {{\n  case \"$1\" in\n");
        foreach (var (k, body) in cases)
        {
            text.Append($"    {k}) {body} ;;\n");
        }
        text.Append($"    *) {otherwise ?? $"echo \"language $1 is not sharded\" >&2; return 2"} ;;\n  esac\n}}\n\n");
    }

    private static string ShellMain(string entry, int last) =>
        (entry == "run_pack"
            ? "run_pack() {\n  run_language \"$1\" || return\n  local n k p pids=() failed=0\n  n=$(mono_shards \"$1\")\n  [ \"$n\" -gt 1 ] || return 0\n"
              + "  for k in $(seq 1 \"$n\"); do shard_language \"$1\" \"$k/$n\" & pids+=($!); done\n"
              + "  for p in \"${pids[@]}\"; do wait \"$p\" || failed=1; done\n  [ \"$failed\" -eq 0 ] && finish_language \"$1\"\n}\n\n"
            : "")
        + $"if [ $# -gt 0 ]; then {entry} \"$1\"; exit $?; fi\nfailed=()\nfor i in $(seq 0 {last}); do {entry} \"$i\" || failed+=(\"$i\"); done\n"
        + "if [ ${#failed[@]} -gt 0 ]; then echo \"failed: ${failed[*]}\" >&2; exit 1; fi\n";

    private static string SlurmMain(IEnumerable<int> sharded) =>
        "if [ -n \"${SLURM_ARRAY_TASK_ID:-}\" ]; then\n  case \"${1:-prepare}\" in\n"
        + "    prepare) run_language \"$SLURM_ARRAY_TASK_ID\" ;;\n"
        + "    shard) shard_language \"$2\" \"$SLURM_ARRAY_TASK_ID/$(mono_shards \"$2\")\" ;;\n"
        + "    finish) finish_language \"$SLURM_ARRAY_TASK_ID\" ;;\n  esac\n  exit $?\nfi\n"
        + "prepare=$(sbatch --parsable \"$0\" prepare) || exit 1\n"
        + $"for i in {string.Join(' ', sharded)}; do\n"
        + "  shards=$(sbatch --parsable --array=1-\"$(mono_shards \"$i\")\" --dependency=afterok:\"${prepare%%;*}_$i\" \"$0\" shard \"$i\") || exit 1\n"
        + "  sbatch --parsable --array=\"$i\" --dependency=afterok:\"${shards%%;*}\" \"$0\" finish || exit 1\n"
        + "done\n";

    private static string CommandLine(PackSettings language, PlanOptions options)
    {
        var from = language.From ?? options.From
            ?? throw new LangExpandException(ErrorCode.InvalidOption, $"no source language for {language.Language}", expected: "--from, or 'from:' in the language's entry");
        if (!LanguageCode.TryParse(from, out var source))
        {
            throw new LangExpandException(ErrorCode.UnknownLanguage, $"unknown source language '{from}' for {language.Language}", expected: "an ISO 639 code");
        }
        if (source.Iso639_3 == language.Language)
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"{language.Language} would be built from itself", expected: "a source language other than the new one");
        }
        var words = new List<string> { "add-language", language.Language!, "--from", from };
        words.AddRange(PackSettingsSchema.PlannedOptions(language with { Out = PackOf(language, options) }));
        return options.Command + " " + string.Join(' ', words.Select(Quote));
    }

    /// <summary>Quotes a word for bash when it holds anything but safe characters.</summary>
    internal static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:=+,@".Contains(c)) ? word : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
