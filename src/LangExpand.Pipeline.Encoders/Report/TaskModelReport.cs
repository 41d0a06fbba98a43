using System.Text;
using LangExpand.Pipeline.Encoders.Steps;
using LangExpand.Pipeline.Pack;
using LangExpand.Pipeline.Running;
using LangExpand.Pipeline.Steps;

namespace LangExpand.Pipeline.Encoders.Report;

/// <summary>
/// The report's task-model section: every stage and peer scored on <c>--target-test</c> (UPOS and UFeats accuracy), as a table
/// and one bar plot with every stage (<c>plots/task-model.png</c>), whether it went up or down.
/// </summary>
internal static class TaskModelReport
{
    /// <summary>Appends the section to <paramref name="text"/> and draws its plot, when the pack scored its task model.</summary>
    public static void Append(StringBuilder text, string packDirectory, IReadOnlyList<StepResult> results)
    {
        var metrics = ReportWriter.Metrics(results, "task-evaluate", "").ToDictionary(m => m.Label, m => m.Value, StringComparer.Ordinal);
        if (metrics.Count == 0)
        {
            return;
        }
        var notes = results.FirstOrDefault(r => r.Step.Name == "task-distil")?.Record.Notes;
        text.Append("\n## Task model (UPOS and UFeats)\n\nEach stage fine-tuned from the adapted model, scored on the target test file (never used for a choice). ")
            .Append($"Teacher: `{notes?.GetValueOrDefault("teacher") ?? "?"}`; final = `{notes?.GetValueOrDefault("final") ?? "?"}`. ")
            .Append("Peers: a most-frequent-label lookup and an averaged perceptron, trained on the same data as the encoder (synthetic, and projected when the pack projected tags); `*_synthetic`: the peers on the synthetic data alone.\n\n");
        var stages = TaskEvaluateStep.Stages.Concat(TaskPeersStep.Peers.Select(p => p.Key)).Where(s => metrics.ContainsKey($"upos.{s}")).ToList();
        ReportWriter.Table(text, ["Stage", "UPOS %", "UFeats %"], stages.Select(s => new[]
        {
            s, ManifestWriter.Number(metrics[$"upos.{s}"]), ManifestWriter.Number(metrics[$"ufeats.{s}"]),
        }));
        var bars = stages.SelectMany(s => new[] { ($"{Short(s)} U", metrics[$"upos.{s}"]), ($"{Short(s)} F", metrics[$"ufeats.{s}"]) }).ToList();
        Plots.Bars(Path.Combine(packDirectory, PackLayout.Plots, "task-model.png"), "Task model stages and peers on the target test file (U = UPOS, F = UFeats)", "%", bars);
        text.Append("\n![Task model stages and peers](plots/task-model.png)\n");
    }

    /// <summary>A stage's name short enough for a tick label.</summary>
    private static string Short(string stage) => stage switch
    {
        TaskPaths.SyntheticSource => "synth+src",
        TaskPaths.SyntheticProjected => "synth+proj",
        TaskPaths.Synthetic => "synth",
        TaskPaths.ZeroShot => "0-shot",
        _ => stage.Replace("_peer", "", StringComparison.Ordinal),
    };
}
