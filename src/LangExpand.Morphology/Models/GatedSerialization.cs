using System.Text.Json.Nodes;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;

namespace LangExpand.Morphology.Models;

/// <summary>
/// Saves and loads <see cref="GatedInflector"/> models: <c>config.json</c> (<c>type</c> <c>gated</c>, <c>format_version</c>,
/// <c>margin_above</c>, <c>neural_below</c>) and the two models as model directories <c>classifier/</c> and <c>neural/</c>.
/// </summary>
public static class GatedSerialization
{
    /// <summary>The <c>type</c> written to <c>config.json</c>.</summary>
    public const string ModelType = "gated";

    /// <summary>The format version this build writes and reads.</summary>
    public const int FormatVersion = 1;

    private const string ClassifierDirectory = "classifier";
    private const string NeuralDirectory = "neural";

    /// <summary>
    /// Saves <paramref name="model"/> to <paramref name="directory"/> (atomically); <c>metrics.json</c> holds
    /// <paramref name="metrics"/> and what each part reported about its training. <paramref name="kinds"/> save a part of a
    /// type from another project (see <see cref="InflectionModels.Save"/>).
    /// </summary>
    public static void Save(GatedInflector model, string directory, JsonObject? metrics = null, IReadOnlyList<IInflectionModelKind>? kinds = null)
    {
        var config = new JsonObject
        {
            ["type"] = ModelType,
            ["format_version"] = FormatVersion,
            ["margin_above"] = model.MarginAbove,
            ["neural_below"] = model.NeuralBelow,
        };
        var allMetrics = (JsonObject)(metrics ?? []).DeepClone();
        ModelDirectory.Save(directory, config, staging =>
        {
            foreach (var (name, part) in new[] { (ClassifierDirectory, model.Classifier), (NeuralDirectory, model.Neural) })
            {
                InflectionModels.Save(part, Path.Combine(staging, name), [], kinds);
                LiftReports(Path.Combine(staging, name, ModelDirectory.MetricsFile), allMetrics);
            }
        }, allMetrics);
    }

    /// <summary>Copies what a part wrote about its own training (the neural model's <c>neural_training</c>) into the top-level metrics.</summary>
    private static void LiftReports(string partMetrics, JsonObject metrics)
    {
        foreach (var (key, value) in JsonNode.Parse(File.ReadAllText(partMetrics))!.AsObject().Where(p => !metrics.ContainsKey(p.Key)).ToList())
        {
            metrics[key] = value?.DeepClone();
        }
    }

    /// <summary>
    /// Loads a model saved by <see cref="Save"/>; both parts must be models that report confidences (<paramref name="kinds"/>
    /// load a part of a type from another project, see <see cref="InflectionModels.Load"/>).
    /// </summary>
    public static GatedInflector Load(string directory, IReadOnlyList<IInflectionModelKind>? kinds = null)
    {
        var config = ModelDirectory.ReadConfig(directory, ModelType, FormatVersion);
        var configPath = Path.Combine(directory, ModelDirectory.ConfigFile);
        return new GatedInflector(Part(directory, ClassifierDirectory, kinds), Part(directory, NeuralDirectory, kinds),
            Threshold(config, configPath, "margin_above"), Threshold(config, configPath, "neural_below"));
    }

    private static IConfidentInflector Part(string directory, string name, IReadOnlyList<IInflectionModelKind>? kinds)
    {
        var path = Path.Combine(directory, name);
        if (!Directory.Exists(path))
        {
            throw new LangExpandException(ErrorCode.InvalidModel, $"missing {name}/", new SourceLocation(path, 0), "the model directory written at training");
        }
        return InflectionModels.Load(path, kinds) as IConfidentInflector
            ?? throw new LangExpandException(ErrorCode.InvalidModel, $"{name}/ holds a model that reports no confidences", new SourceLocation(path, 0),
                "an edit-classifier or neural model");
    }

    private static double Threshold(JsonObject config, string path, string name) =>
        config[name] is JsonValue value && value.TryGetValue<double>(out var number) && double.IsFinite(number)
            ? number
            : throw new LangExpandException(ErrorCode.InvalidModel, $"config has no valid '{name}'", new SourceLocation(path, 0), $"\"{name}\": a number");
}
