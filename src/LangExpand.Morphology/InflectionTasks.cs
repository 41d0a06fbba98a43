using System.Diagnostics;
using System.Text.Json.Nodes;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;
using LangExpand.Core.Inflection;
using LangExpand.Morphology.Data;
using LangExpand.Morphology.Models;

namespace LangExpand.Morphology;

/// <summary>Options of <see cref="InflectionTasks.Train"/>.</summary>
/// <param name="TrainFile">Training data in any SIGMORPHON/UniMorph dialect.</param>
/// <param name="OutputDirectory">The model directory to write.</param>
/// <param name="Model">Model name (see <see cref="InflectionModels.Names"/>).</param>
/// <param name="Format">Forces the dialect of <paramref name="TrainFile"/> and <paramref name="DevFile"/>; null detects it.</param>
/// <param name="DevFile">
/// Development data with forms: the model is scored on it, and <c>auto</c> (which needs it) keeps the most accurate model.
/// </param>
/// <param name="Kinds">Model kinds besides the built-in ones, with their settings (such as the neural model with a YAML configuration).</param>
public sealed record TrainOptions(string TrainFile, string OutputDirectory, string Model = InflectionModels.Baseline, InflectionFormat? Format = null,
    string? DevFile = null, IReadOnlyList<IInflectionModelKind>? Kinds = null);

/// <summary>Options of <see cref="InflectionTasks.Predict"/>.</summary>
/// <param name="ModelDirectory">A directory written by <see cref="InflectionTasks.Train"/>.</param>
/// <param name="InputFile">Lemmas and features (covered or full, any dialect).</param>
/// <param name="OutputFile">Where to write the input with forms filled in, in the input's dialect.</param>
/// <param name="Format">Forces the dialect of <paramref name="InputFile"/>; null detects it.</param>
/// <param name="Kinds">Model kinds besides the built-in ones that the model directory may be (such as the neural model, on a device).</param>
public sealed record PredictOptions(string ModelDirectory, string InputFile, string OutputFile, InflectionFormat? Format = null,
    IReadOnlyList<IInflectionModelKind>? Kinds = null);

/// <summary>What a training run did.</summary>
/// <param name="Examples">Training examples used.</param>
/// <param name="Format">The training file's dialect.</param>
/// <param name="Seconds">Wall time of reading, training and scoring on development data.</param>
/// <param name="Model">The model saved (for <c>auto</c>, the one selected).</param>
/// <param name="DevAccuracy">Development accuracy in percent of each model trained; empty without development data.</param>
public sealed record TrainSummary(int Examples, InflectionFormat Format, double Seconds, string Model, IReadOnlyDictionary<string, double> DevAccuracy);

/// <summary>The file-to-file inflection jobs behind <c>langexpand inflect train|predict</c>.</summary>
public static class InflectionTasks
{
    /// <summary>The <c>metrics.json</c> entry naming the training data's dialect, used for inputs that do not show theirs.</summary>
    private const string TrainFormatKey = "train_format";

    /// <summary>Reads the training file, trains the model and saves it with its training figures in <c>metrics.json</c>.</summary>
    public static TrainSummary Train(TrainOptions options)
    {
        var clock = Stopwatch.StartNew();
        var data = InflectionReader.Read(options.TrainFile, options.Format);
        var examples = data.Triples.Where(t => t.Form is not null).ToList();
        var development = options.DevFile is null ? null : InflectionReader.Read(options.DevFile, options.Format).Triples;
        if (development is not null && !development.Any(t => t.Form is not null))
        {
            throw new LangExpandException(ErrorCode.NotEnoughData, "the development file has no forms to score or choose a model by",
                new SourceLocation(options.DevFile!, 0), "development lines with forms (lemma, form, features; not a covered file)");
        }
        var trained = InflectionModels.Train(options.Model, examples, development, options.Kinds);
        var seconds = clock.Elapsed.TotalSeconds;
        var metrics = new JsonObject
        {
            ["model"] = options.Model,
            ["selected_model"] = trained.Name,
            ["train_file"] = Path.GetFileName(options.TrainFile),
            [TrainFormatKey] = data.Format.Name,
            ["train_examples"] = examples.Count,
            ["feature_bundles"] = examples.Select(t => t.Features.ToString()).Distinct(StringComparer.Ordinal).Count(),
            ["dev_file"] = options.DevFile is null ? null : Path.GetFileName(options.DevFile),
            ["dev_accuracy"] = new JsonObject(trained.DevAccuracy.Select(a => KeyValuePair.Create(a.Key, (JsonNode?)Math.Round(a.Value, 4)))),
        };
        InflectionModels.Save(trained.Inflector, options.OutputDirectory, metrics, options.Kinds);
        return new TrainSummary(examples.Count, data.Format, seconds, trained.Name, trained.DevAccuracy);
    }

    /// <summary>Fills in the form of every input line and writes the result atomically in the input's dialect.</summary>
    public static InflectionDataset Predict(PredictOptions options)
    {
        if (Path.GetFullPath(options.OutputFile) == Path.GetFullPath(options.InputFile))
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"--out would overwrite the input file {options.InputFile}", expected: "a different output path");
        }
        var model = InflectionModels.Load(options.ModelDirectory, options.Kinds);
        OutputPaths.RefuseWritingInto([options.OutputFile], options.ModelDirectory);
        var input = ReadInput(options);
        var output = PredictDataset(model, input);
        InflectionWriter.Write(output, options.OutputFile);
        return output;
    }

    /// <summary>
    /// Reads the input in its detected (or given) dialect. A file that does not show its column order (forms missing and
    /// a name shared by several years, like a 2020 covered <c>.tst</c>) is read in the dialect of the model's training data.
    /// </summary>
    private static InflectionDataset ReadInput(PredictOptions options)
    {
        try
        {
            return InflectionReader.Read(options.InputFile, options.Format);
        }
        catch (LangExpandException e) when (e.Code == ErrorCode.AmbiguousFormat && options.Format is null && TrainingFormat(options.ModelDirectory) is { } format)
        {
            return InflectionReader.Read(options.InputFile, format);
        }
    }

    /// <summary>The dialect the model's training data was read in, from its metrics; null when they do not say (or cannot be read).</summary>
    private static InflectionFormat? TrainingFormat(string modelDirectory)
    {
        var metrics = Path.Combine(modelDirectory, ModelDirectory.MetricsFile);
        try
        {
            return File.Exists(metrics) && ModelDirectory.ReadJson(metrics)?[TrainFormatKey]?.GetValue<string>() is { } name
                ? InflectionFormat.All.FirstOrDefault(f => f.Name == name)
                : null;
        }
        catch (Exception e) when (e is LangExpandException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The dataset with each record's form predicted by <paramref name="model"/> (in parallel or in batches, order kept).</summary>
    public static InflectionDataset PredictDataset(IInflector model, InflectionDataset input) =>
        input.WithForms([.. InflectAll(model, [.. input.Records.Select(r => r.Triple)])]);

    /// <summary>
    /// The form <paramref name="model"/> predicts for each input, in input order: in batches for an <see cref="IBatchInflector"/>,
    /// otherwise one by one in parallel.
    /// </summary>
    public static IReadOnlyList<string> InflectAll(IInflector model, IReadOnlyList<InflectionTriple> inputs) => model is IBatchInflector batch
        ? batch.InflectAll(inputs)
        : inputs.AsParallel().AsOrdered().Select(t => model.Inflect(t.Lemma, t.Features)).ToList();
}
