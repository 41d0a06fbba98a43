using System.Diagnostics;
using System.Runtime.ExceptionServices;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.Inflection;
using LangExpand.Morphology;
using LangExpand.Morphology.Data;
using LangExpand.Morphology.Models;

namespace LangExpand.Evaluation.Inflection;

/// <summary>
/// Trains, predicts and scores every language of a SIGMORPHON folder (the <c>inflect bench</c> job). Every file is read and
/// checked before any training; languages run in parallel; results are in language order and do not depend on scheduling.
/// A failure stops the run with the error of the first failing language (in language order) and writes no predictions:
/// they are written only once every language succeeded. Model <c>auto</c> chooses, per language, by accuracy on the
/// language's development file, and the neural model keeps its best checkpoint by it (so with <c>--split dev</c> both are
/// scored on the data they chose by).
/// </summary>
public static class InflectionBenchmark
{
    /// <summary>Runs the benchmark; <paramref name="progress"/> hears each finished language's id.</summary>
    public static BenchResult Run(BenchOptions options, IProgress<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        if (options.PredictionsDirectory is { } directory && File.Exists(directory))
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"cannot write predictions to {directory}: it is a file", expected: "a folder for the predictions");
        }
        var data = InOrder(Select(options), files => LanguageData.Read(files, options));
        var outcomes = InOrder(data, language =>
        {
            var outcome = RunLanguage(language, options);
            progress?.Report(language.Language);
            return outcome;
        });
        if (options.PredictionsDirectory is { } predictions)
        {
            foreach (var outcome in outcomes)
            {
                InflectionWriter.Write(outcome.Predicted, Path.Combine(predictions, outcome.FileName));
            }
        }
        var scored = outcomes.Where(o => o.Score is not null).Select(o => o.Score!).ToList();
        var report = scored.Count > 0 ? new ScoreReport(scored) : null;
        var predictedOnly = outcomes.Where(o => o.Score is null).Select(o => o.Language).ToList();
        return new BenchResult(options, report, predictedOnly, clock.Elapsed.TotalSeconds, outcomes.Select(o => (o.Language, o.Model)).ToList());
    }

    /// <summary>The languages to run; an id asked for that the folder does not have is an error listing those it has.</summary>
    private static List<LanguageFiles> Select(BenchOptions options)
    {
        var found = SigmorphonFolder.Discover(options.DataDirectory, options.TrainSize);
        if (options.Languages?.Except(found.Select(l => l.Language), StringComparer.Ordinal).ToList() is { Count: > 0 } unknown)
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"{options.DataDirectory} has no language {string.Join(", ", unknown)}",
                expected: $"ids among: {string.Join(" ", found.Select(l => l.Language))}");
        }
        return found.Where(l => options.Languages is null || options.Languages.Contains(l.Language)).ToList();
    }

    /// <summary>Runs <paramref name="work"/> on the items in parallel; the first failure in item order is rethrown as it was.</summary>
    private static List<TResult> InOrder<TItem, TResult>(IEnumerable<TItem> items, Func<TItem, TResult> work)
    {
        var results = items.AsParallel().AsOrdered().Select(item =>
        {
            try
            {
                return (Value: work(item), Error: (ExceptionDispatchInfo?)null);
            }
            catch (Exception e)
            {
                return (Value: default(TResult)!, Error: ExceptionDispatchInfo.Capture(e));
            }
        }).ToList();
        results.Find(r => r.Error is not null).Error?.Throw();
        return results.Select(r => r.Value).ToList();
    }

    private static Outcome RunLanguage(LanguageData data, BenchOptions options)
    {
        var trained = InflectionModels.Train(options.Model, data.Training, data.Development, options.Kinds);
        var predicted = InflectionTasks.PredictDataset(trained.Inflector, data.Input);
        var hasGold = data.Input.Records.Count > 0 && data.Input.Records.All(r => !string.IsNullOrEmpty(r.Triple.Form));
        var score = hasGold ? InflectionScorer.Score(data.Language, data.Input.Triples, predicted.Triples, data.Training, options.Scoring) : null;
        return new Outcome(data.Language, score, trained.Name, predicted, Path.GetFileName(data.EvaluationFile));
    }

    /// <summary>One language's result: its score (null without gold), the model used, and its predictions.</summary>
    private sealed record Outcome(string Language, LanguageScore? Score, string Model, InflectionDataset Predicted, string FileName);

    /// <summary>One language's data, read and checked before anything is trained.</summary>
    private sealed record LanguageData(string Language, IReadOnlyList<InflectionTriple> Training, IReadOnlyList<InflectionTriple>? Development,
        InflectionDataset Input, string EvaluationFile)
    {
        public static LanguageData Read(LanguageFiles files, BenchOptions options)
        {
            var split = options.Split.ToString().ToLowerInvariant();
            var evaluation = (options.Split == BenchSplit.Dev ? files.Dev : files.Tests.FirstOrDefault())
                ?? throw new LangExpandException(ErrorCode.MissingInput, $"language {files.Language} has no {split} file",
                    new SourceLocation(files.Train, 0), $"a {split} file beside {Path.GetFileName(files.Train)}");
            var input = InflectionReader.Read(evaluation);
            IReadOnlyList<InflectionTriple>? Dev(string dev) => dev == evaluation ? input.Triples : InflectionReader.Read(dev).Triples;
            var development = options.Model switch
            {
                InflectionModels.Auto => files.Dev is { } dev ? Dev(dev)
                    : throw new LangExpandException(ErrorCode.MissingInput, $"model auto needs a development file for {files.Language}",
                        new SourceLocation(files.Train, 0), $"a dev file beside {Path.GetFileName(files.Train)}"),
                InflectionModels.Neural => files.Dev is { } dev ? Dev(dev) : null,
                _ => null,
            };
            var training = InflectionReader.Read(files.Train).Triples.Where(t => t.Form is not null).ToList();
            return new LanguageData(files.Language, training, development, input, evaluation);
        }
    }
}
