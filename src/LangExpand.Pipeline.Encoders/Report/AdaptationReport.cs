using System.Text;
using LangExpand.Pipeline.Encoders.Steps;
using LangExpand.Pipeline.Pack;
using LangExpand.Pipeline.Running;

namespace LangExpand.Pipeline.Encoders.Report;

/// <summary>
/// The report's adaptation section: a before/after table of the <c>evaluate</c> step's metrics with a bar plot
/// (<c>plots/adaptation.png</c>) and the MLM loss per step of pretraining and continued training (<c>plots/training-curves.png</c>).
/// </summary>
internal static class AdaptationReport
{
    private static readonly (string Key, string Label, string Short)[] Measures =
        [("retrieval_top1", "Retrieval top-1 % (held-out verses)", "retrieval"), ("pos_accuracy", "POS transfer accuracy %", "POS")];

    /// <summary>Appends the section to <paramref name="text"/> and draws its plots, when the pack has an evaluation.</summary>
    public static void Append(StringBuilder text, string packDirectory, IReadOnlyList<StepResult> results)
    {
        var metrics = ReportWriter.Metrics(results, "evaluate", "").ToDictionary(m => m.Label, m => m.Value, StringComparer.Ordinal);
        if (metrics.Count == 0)
        {
            return;
        }
        var pairs = results.First(r => r.Step.Name == "evaluate").Record.Counts.GetValueOrDefault("retrieval_pairs");
        text.Append($"\n## Encoder adaptation\n\nBefore = the base model, after = vocabulary extension + continued MLM on the new language. Retrieval over {pairs} held-out verse pairs (never trained on); POS transfer: a tagger fine-tuned on the source task data, scored on the target UD file.\n\n");
        var rows = Measures.Where(m => metrics.ContainsKey($"{m.Key}.before")).ToList();
        ReportWriter.Table(text, ["Metric", "Before", "Vocabulary extended", "After"], rows.Select(m => new[]
        {
            m.Label, Cell(metrics, $"{m.Key}.before"), Cell(metrics, $"{m.Key}.extended"), Cell(metrics, $"{m.Key}.after"),
        }));
        var bars = rows.SelectMany(m => EvaluateStep.Stages.Where(s => metrics.ContainsKey($"{m.Key}.{s}")).Select(s => (Label: $"{m.Short} {s}", Value: metrics[$"{m.Key}.{s}"]))).ToList();
        Plots.Bars(Path.Combine(packDirectory, PackLayout.Plots, "adaptation.png"), "Before / after adaptation", "%", bars);
        text.Append("\n![Before and after adaptation](plots/adaptation.png)\n");
        var curves = new[] { ("pretraining (source language)", AdaptationPaths.PretrainCurve), ("continued MLM (new language)", AdaptationPaths.AdaptCurve) }
            .Where(c => File.Exists(Path.Combine(packDirectory, c.Item2)))
            .Select(c => (c.Item1, LossCurve.Read(Path.Combine(packDirectory, c.Item2)))).ToList();
        if (curves.Count > 0)
        {
            Plots.Lines(Path.Combine(packDirectory, PackLayout.Plots, "training-curves.png"), "MLM training loss", "step", "loss", curves);
            text.Append("\n![MLM loss per step](plots/training-curves.png)\n");
        }
    }

    private static string Cell(Dictionary<string, double> metrics, string key) => metrics.TryGetValue(key, out var value) ? ManifestWriter.Number(value) : "–";
}
