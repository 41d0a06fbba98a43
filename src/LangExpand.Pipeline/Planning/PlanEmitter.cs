using System.Text;
using LangExpand.Core.Diagnostics;
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
public sealed record PlanOptions(PlanTarget Target, string? From = null, string OutRoot = "packs", string Command = "langexpand", int CpusPerTask = 2);

/// <summary>Writes a script that runs one <c>langexpand add-language</c> per language (languages are independent jobs).</summary>
public static class PlanEmitter
{
    /// <summary>The script for <paramref name="languages"/>.</summary>
    public static string Emit(IReadOnlyList<PackSettings> languages, PlanOptions options)
    {
        var commands = languages.Select(l => CommandLine(l, options)).ToList();
        var text = new StringBuilder("#!/usr/bin/env bash\n");
        if (options.Target == PlanTarget.Slurm)
        {
            text.Append($"#SBATCH --job-name=langexpand\n#SBATCH --array=0-{commands.Count - 1}\n#SBATCH --cpus-per-task={options.CpusPerTask}\n#SBATCH --output=langexpand-%A_%a.log\n");
        }
        text.Append($"# Written by 'langexpand plan': one add-language job per language ({commands.Count}); rerunning a job resumes its pack.\n");
        text.Append("set -uo pipefail\n\nrun_language() {\n  case \"$1\" in\n");
        foreach (var (k, command) in commands.Index())
        {
            text.Append($"    {k}) {command} ;;\n");
        }
        text.Append("    *) echo \"no language number $1 (0-" + (commands.Count - 1) + ")\" >&2; return 2 ;;\n  esac\n}\n\n");
        text.Append(options.Target == PlanTarget.Slurm
            ? "run_language \"${SLURM_ARRAY_TASK_ID:?run with sbatch (a job array)}\"\n"
            : $"if [ $# -gt 0 ]; then run_language \"$1\"; exit $?; fi\nfailed=()\nfor i in $(seq 0 {commands.Count - 1}); do run_language \"$i\" || failed+=(\"$i\"); done\n"
              + "if [ ${#failed[@]} -gt 0 ]; then echo \"failed: ${failed[*]}\" >&2; exit 1; fi\n");
        return text.ToString();
    }

    private static string CommandLine(PackSettings language, PlanOptions options)
    {
        var from = language.From ?? options.From
            ?? throw new LangExpandException(ErrorCode.InvalidOption, $"no source language for {language.Language}", expected: "--from, or 'from:' in the language's entry");
        var words = new List<string> { "add-language", language.Language!, "--from", from };
        words.AddRange(language.Lexicons.SelectMany(l => new[] { "--lexicon", l }));
        if (language.UniMorph is { } unimorph)
        {
            words.AddRange(["--unimorph", unimorph]);
        }
        words.AddRange(language.Parallel.SelectMany(p => new[] { "--parallel", p }));
        if (language.BaseModel is { } model)
        {
            words.AddRange(["--base-model", model]);
        }
        words.AddRange(language.TaskData.SelectMany(t => new[] { "--task-data", t }));
        words.AddRange(["--out", language.Out ?? $"{options.OutRoot}/{language.Language}"]);
        if (language.Seed is { } seed)
        {
            words.AddRange(["--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }
        var values = new (string Option, object? Value)[]
        {
            ("--max-train", language.MaxTrain), ("--mono-text", language.MonoText), ("--target-ud", language.TargetUd), ("--preset", language.Preset),
            ("--pretrain-steps", language.PretrainSteps), ("--adapt-steps", language.AdaptSteps), ("--pos-steps", language.PosSteps), ("--heldout", language.HeldOut),
        };
        words.AddRange(values.Where(v => v.Value is not null).SelectMany(v => new[] { v.Option, Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture)! }));
        if (language.NoAdapt == true)
        {
            words.Add("--no-adapt");
        }
        return options.Command + " " + string.Join(' ', words.Select(Quote));
    }

    /// <summary>Quotes a word for bash when it holds anything but safe characters.</summary>
    internal static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:=+,@".Contains(c)) ? word : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
