using System.Text;
using LangExpand.Core.IO;
using LangExpand.Pipeline.Requests;
using LangExpand.Pipeline.Running;
using LangExpand.Pipeline.Steps;

namespace LangExpand.Pipeline.Pack;

/// <summary>
/// Writes <c>report.md</c> and its plots (<c>plots/lexicon-sizes.png</c>, <c>plots/inflection-accuracy.png</c>): inputs, lexicon
/// sizes, inflection accuracy per model, synthesis coverage, the sections of the <see cref="IReportingStep"/>s (the encoder's
/// before/after and training curves), and each step's counts. No timings (they live in the manifest), so the report is the
/// same bytes for the same inputs.
/// </summary>
public static class ReportWriter
{
    /// <summary>Writes the report of a finished run into <paramref name="packDirectory"/>.</summary>
    public static void Write(string packDirectory, PackRequest request, IReadOnlyList<PackInput> inputs, IReadOnlyList<StepResult> results)
    {
        var plots = Path.Combine(packDirectory, PackLayout.Plots);
        Directory.CreateDirectory(plots);
        var text = new StringBuilder();
        text.Append($"# Language pack: {request.Language.Name} ({request.Language.Iso639_3}) from {request.Source.Name} ({request.Source.Iso639_3})\n\n");
        text.Append($"Seed {request.Seed}; langexpand {ManifestWriter.ToolVersion}. Inputs, hashes and timings: `{PackLayout.Manifest}`.\n\n## Inputs\n\n");
        Table(text, ["Kind", "Input", "Provenance"], inputs.Select(i => new[] { i.Kind, $"`{i.Spec}`", i.Provenance }));
        var lexicons = LexiconSizes(results);
        if (lexicons.Count > 0)
        {
            text.Append("\n## Lexicon\n\n");
            Table(text, ["Lexicon", "Entries"], lexicons.Select(l => new[] { l.Label, ManifestWriter.Number(l.Value) }));
            Plots.Bars(Path.Combine(plots, "lexicon-sizes.png"), "Lexicon entries", "entries", lexicons);
            text.Append("\n![Lexicon sizes](plots/lexicon-sizes.png)\n");
        }
        var selected = results.FirstOrDefault(r => r.Step.Name == "inflection-model")?.Record.Notes.GetValueOrDefault("selected_model");
        var accuracy = Metrics(results, "inflection-model", "dev_accuracy.").Select(a => (Label: $"{a.Label} (dev)", a.Value))
            .Concat(Metrics(results, "inflection-model", "test_accuracy").Select(a => (Label: $"{selected} (test)", a.Value))).ToList();
        if (accuracy.Count > 0)
        {
            text.Append($"\n## Inflection\n\nExact-match accuracy (%) on the lemma-disjoint dev split of each model trained; `auto` kept **{selected}**, scored on the test split.\n\n");
            Table(text, ["Model / split", "Accuracy %"], accuracy.Select(a => new[] { a.Label, ManifestWriter.Number(a.Value) }));
            Plots.Bars(Path.Combine(plots, "inflection-accuracy.png"), "Inflection accuracy", "exact match %", accuracy);
            text.Append("\n![Inflection accuracy](plots/inflection-accuracy.png)\n");
        }
        var coverage = Metrics(results, "synth-labelled", "coverage.");
        coverage.AddRange(Metrics(results, "synth-mono", "coverage").Select(c => ("mono.txt (pseudo-monolingual)", c.Value)));
        if (coverage.Count > 0)
        {
            text.Append("\n## Synthetic data\n\nShare of words translated through the lexicon (%).\n\n");
            Table(text, ["File", "Coverage %"], coverage.Select(c => new[] { c.Label, ManifestWriter.Number(c.Value) }));
        }
        foreach (var step in results.Select(r => r.Step).OfType<IReportingStep>())
        {
            step.AppendReport(text, packDirectory, results);
        }
        text.Append("\n## Steps\n\n");
        Table(text, ["Step", "Counts"], results.Select(r => new[] { r.Step.Name, string.Join(", ", r.Record.Counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}")) }));
        AtomicFile.WriteAllText(Path.Combine(packDirectory, PackLayout.Report), text.ToString());
    }

    private static List<(string Label, double Value)> LexiconSizes(IReadOnlyList<StepResult> results)
    {
        var sizes = Counts(results, "import-lexicons", "entries.");
        sizes.AddRange(Counts(results, "induce-lexicon", "entries").Select(c => ("induced", c.Value)));
        sizes.AddRange(Counts(results, "merge-lexicon", "entries").Select(c => ("merged", c.Value)));
        return sizes;
    }

    private static List<(string Label, double Value)> Counts(IReadOnlyList<StepResult> results, string step, string prefix) =>
        [.. results.Where(r => r.Step.Name == step).SelectMany(r => r.Record.Counts).Where(c => c.Key.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key[prefix.Length..].Length == 0 ? c.Key : c.Key[prefix.Length..], (double)c.Value))];

    /// <summary>The metrics of step <paramref name="step"/> whose key starts with <paramref name="prefix"/>, prefix cut off, in ordinal key order.</summary>
    public static List<(string Label, double Value)> Metrics(IReadOnlyList<StepResult> results, string step, string prefix) =>
        [.. results.Where(r => r.Step.Name == step).SelectMany(r => r.Record.Metrics).Where(m => m.Key.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => (m.Key[prefix.Length..], m.Value))];

    /// <summary>Appends a Markdown table (<c>|</c> in cells escaped).</summary>
    public static void Table(StringBuilder text, string[] header, IEnumerable<string[]> rows)
    {
        text.Append("| ").Append(string.Join(" | ", header)).Append(" |\n|").Append(string.Concat(header.Select(_ => " :-- |"))).Append('\n');
        foreach (var row in rows)
        {
            text.Append("| ").Append(string.Join(" | ", row.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal)))).Append(" |\n");
        }
    }
}
