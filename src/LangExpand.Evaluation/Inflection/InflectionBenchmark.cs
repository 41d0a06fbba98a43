using System.Diagnostics;
using System.Text.Json.Nodes;
using LangExpand.Core.Diagnostics;
using LangExpand.Morphology;
using LangExpand.Morphology.Data;
using LangExpand.Morphology.Models;

namespace LangExpand.Evaluation.Inflection;

/// <summary>The outcome of a benchmark run.</summary>
/// <param name="Options">What was run.</param>
/// <param name="Report">Scores of the languages whose split has gold forms.</param>
/// <param name="PredictedOnly">Languages predicted without gold to score against.</param>
/// <param name="Seconds">Wall time of the whole run (reading, training, predicting, scoring).</param>
/// <param name="Models">The model used for each language, in language order (for <c>auto</c>, the one it selected).</param>
public sealed record BenchResult(BenchOptions Options, ScoreReport? Report, IReadOnlyList<string> PredictedOnly, double Seconds,
    IReadOnlyList<(string Language, string Model)> Models)
{
    /// <summary>The result as JSON: run settings, wall time and the score report.</summary>
    public string ToJson() => new JsonObject
    {
        ["data"] = Options.DataDirectory,
        ["split"] = Options.Split.ToString().ToLowerInvariant(),
        ["model"] = Options.Model,
        ["train_size"] = Options.TrainSize,
        ["seconds"] = Math.Round(Seconds, 3),
        ["predicted_only"] = new JsonArray(PredictedOnly.Select(l => (JsonNode)l).ToArray()),
        ["models"] = new JsonObject(Models.Select(m => KeyValuePair.Create(m.Language, (JsonNode?)m.Model))),
        ["report"] = Report is null ? null : JsonNode.Parse(Report.ToJson()),
    }.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n";
}

/// <summary>
/// Trains, predicts and scores every language of a SIGMORPHON folder (the <c>inflect bench</c> job). Languages run in
/// parallel; results are in language order and do not depend on scheduling. Model <c>auto</c> chooses, per language, by
/// accuracy on the language's development file, and the neural model keeps its best checkpoint by it (so with
/// <c>--split dev</c> both are scored on the data they chose by).
/// </summary>
public static class InflectionBenchmark
{
    /// <summary>Runs the benchmark; <paramref name="progress"/> hears each finished language's id.</summary>
    public static BenchResult Run(BenchOptions options, IProgress<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var languages = SigmorphonFolder.Discover(options.DataDirectory, options.TrainSize)
            .Where(l => options.Languages is null || options.Languages.Contains(l.Language))
            .ToList();
        var outcomes = languages.AsParallel().AsOrdered().Select(files =>
        {
            var outcome = RunLanguage(files, options);
            progress?.Report(files.Language);
            return outcome;
        }).ToList();
        var scored = outcomes.Where(o => o.Score is not null).Select(o => o.Score!).ToList();
        var report = scored.Count > 0 ? new ScoreReport(scored) : null;
        var predictedOnly = outcomes.Where(o => o.Score is null).Select(o => o.Language).ToList();
        return new BenchResult(options, report, predictedOnly, clock.Elapsed.TotalSeconds, outcomes.Select(o => (o.Language, o.Model)).ToList());
    }

    private static (string Language, LanguageScore? Score, string Model) RunLanguage(LanguageFiles files, BenchOptions options)
    {
        var evaluation = options.Split == BenchSplit.Dev ? files.Dev : files.Tests.FirstOrDefault();
        if (evaluation is null)
        {
            throw new LangExpandException(ErrorCode.MissingInput, $"language {files.Language} has no {options.Split.ToString().ToLowerInvariant()} file",
                new SourceLocation(files.Train, 0), $"a {options.Split.ToString().ToLowerInvariant()} file beside {Path.GetFileName(files.Train)}");
        }
        var training = InflectionReader.Read(files.Train).Triples.Where(t => t.Form is not null).ToList();
        var development = options.Model switch
        {
            InflectionModels.Auto => Development(files),
            InflectionModels.Neural => files.Dev is { } dev ? InflectionReader.Read(dev).Triples : null,
            _ => null,
        };
        var trained = InflectionModels.Train(options.Model, training, development, options.Configured);
        var input = InflectionReader.Read(evaluation);
        var predicted = InflectionTasks.PredictDataset(trained.Inflector, input);
        if (options.PredictionsDirectory is { } directory)
        {
            InflectionWriter.Write(predicted, Path.Combine(directory, Path.GetFileName(evaluation)));
        }
        var hasGold = input.Records.Count > 0 && input.Records.All(r => !string.IsNullOrEmpty(r.Triple.Form));
        return (files.Language, hasGold ? InflectionScorer.Score(files.Language, input.Triples, predicted.Triples, training, options.Scoring) : null, trained.Name);
    }

    private static IReadOnlyList<Core.Inflection.InflectionTriple> Development(LanguageFiles files) =>
        files.Dev is { } dev
            ? InflectionReader.Read(dev).Triples
            : throw new LangExpandException(ErrorCode.MissingInput, $"model auto needs a development file for {files.Language}",
                new SourceLocation(files.Train, 0), $"a dev file beside {Path.GetFileName(files.Train)}");
}
