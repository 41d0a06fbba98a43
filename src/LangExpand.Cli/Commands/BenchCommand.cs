using System.CommandLine;
using LangExpand.Core.IO;
using LangExpand.Evaluation;
using LangExpand.Evaluation.Inflection;
using LangExpand.Morphology.Models;

namespace LangExpand.Cli.Commands;

/// <summary><c>langexpand inflect bench</c>: train, predict and score every language of a SIGMORPHON folder.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var data = CommonOptions.RequiredPath("--data", "A SIGMORPHON data folder (any year's layout)");
        var split = new Option<BenchSplit>("--split") { Description = "Split to predict and score", DefaultValueFactory = _ => BenchSplit.Dev };
        var model = InflectCommand.ModelOption();
        var trainSize = new Option<string?>("--train-size") { Description = "Training size where a folder has several (low, medium, high, small, large); default: the largest" };
        var predictions = new Option<string?>("--predictions") { Description = "Folder to write each language's predictions to" };
        var report = new Option<string?>("--report") { Description = "JSON report file to write (default: inflect-bench-<folder>-<split>.json)" };
        var languages = new Option<string[]>("--languages") { Description = "Only these dataset ids", AllowMultipleArgumentsPerToken = true };
        var json = CommonOptions.Json();
        var nfc = CommonOptions.Nfc();
        var neural = new NeuralOptions();
        var command = new Command("bench", "Train, predict and score every language of a folder; print the table and macro average")
        {
            data, split, model, trainSize, predictions, report, languages, json, nfc,
        };
        neural.AddTo(command, checkpoint: false);
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var options = new BenchOptions(parse.GetValue(data)!, parse.GetValue(split), parse.GetValue(model)!, parse.GetValue(trainSize),
                parse.GetValue(predictions), new ScoringOptions { NormalizeToNfc = parse.GetValue(nfc) },
                parse.GetValue(languages) is { Length: > 0 } only ? only : null,
                NeuralOptions.Involved(parse.GetValue(model)!) ? neural.Kinds(parse) : []);
            var result = ProgressDisplay.Run(parse.InvocationConfiguration.Error, "inflect bench", progress => InflectionBenchmark.Run(options, progress));
            var reportPath = parse.GetValue(report) ?? DefaultReportPath(options);
            AtomicFile.WriteAllText(reportPath, result.ToJson());
            if (parse.GetValue(json))
            {
                stdout.Write(result.ToJson());
                return;
            }
            stdout.Write(result.Report?.ToMarkdown(bundleRows: 0, overlap: false, confusionRows: 0) ?? "");
            if (options.Model == InflectionModels.Auto)
            {
                stdout.WriteLine($"\nModels selected on dev: {string.Join(", ", result.Models.Select(m => $"{m.Language} {m.Model}"))}");
            }
            if (result.PredictedOnly.Count > 0)
            {
                stdout.WriteLine($"\nPredicted without gold (no score): {string.Join(", ", result.PredictedOnly)}");
            }
            stdout.WriteLine($"\n{result.Seconds:F2} s wall; JSON report: {reportPath}");
        }));
        return command;
    }

    private static string DefaultReportPath(BenchOptions options) =>
        $"inflect-bench-{Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.DataDirectory)))}-{options.Split.ToString().ToLowerInvariant()}.json";
}
