using System.Text.Json.Nodes;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.Features;
using LangExpand.Core.IO;
using LangExpand.Core.Inflection;
using LangExpand.Morphology.Data;

namespace LangExpand.Morphology.Classifier;

/// <summary>
/// Saves and loads <see cref="EditClassifierInflector"/> models: <c>config.json</c> (<c>type</c> = <c>edit-classifier</c>,
/// <c>format_version</c>, and the hyper-parameters, which feature extraction depends on), <c>trees.json</c> (the edit trees
/// in class order, see <see cref="EditTreeJson"/>, and each training bundle with its tree ids:
/// <c>{"trees": [...], "bundles": [{"features": "V;PST", "trees": [0, 3]}, ...]}</c>) and <c>weights.bin</c> (the hashed
/// weight table, see <see cref="WeightFile"/>); a model with paradigm features (<c>known_cells</c> true) adds
/// <c>cells.tsv</c>, its training pairs in training order (<c>lemma</c>, <c>form</c>, <c>features</c>). The same model always writes the same bytes, and a loaded model predicts
/// exactly what the saved one did.
/// </summary>
public static class EditClassifierSerialization
{
    /// <summary>The <c>type</c> written to <c>config.json</c>.</summary>
    public const string ModelType = "edit-classifier";

    /// <summary>The format version this build writes and reads.</summary>
    public const int FormatVersion = 1;

    private const string TreesFile = "trees.json";
    private const string WeightsFile = "weights.bin";
    private const string CellsFile = "cells.tsv";

    /// <summary>Saves <paramref name="model"/> to <paramref name="directory"/> (atomically, see <see cref="ModelDirectory"/>).</summary>
    public static void Save(EditClassifierInflector model, string directory, JsonObject? metrics = null)
    {
        var options = model.Options;
        var config = new JsonObject
        {
            ["type"] = ModelType,
            ["format_version"] = FormatVersion,
            ["max_affix"] = options.MaxAffix,
            ["max_atom_affix"] = options.MaxAtomAffix,
            ["epochs"] = options.Epochs,
            ["members"] = options.Members,
            ["hash_bits"] = options.HashBits,
            ["seed"] = options.Seed,
            ["analogy_routes"] = options.AnalogyRoutes,
            ["known_cells"] = options.UseKnownCells,
        };
        var trees = new JsonObject
        {
            ["trees"] = new JsonArray(model.Trees.Select(EditTreeJson.Write).ToArray()),
            ["bundles"] = new JsonArray(model.Candidates.Bundles.Select(b => (JsonNode)new JsonObject
            {
                ["features"] = b.Bundle.ToString(),
                ["trees"] = new JsonArray(b.Trees.Select(t => (JsonNode)t).ToArray()),
            }).ToArray()),
        };
        ModelDirectory.Save(directory, config, staging =>
        {
            ModelDirectory.WriteJson(Path.Combine(staging, TreesFile), trees);
            WeightFile.Write(Path.Combine(staging, WeightsFile), model.Weights, options.HashBits);
            if (model.Known is { } known)
            {
                InflectionWriter.Write(InflectionDataset.FromTriples(InflectionFormat.UniMorph, known.Pairs), Path.Combine(staging, CellsFile));
            }
        }, metrics);
    }

    /// <summary>Loads a model saved by <see cref="Save"/>; rejects other types, unknown versions and malformed files.</summary>
    public static EditClassifierInflector Load(string directory)
    {
        var config = ModelDirectory.ReadConfig(directory, ModelType, FormatVersion);
        var configPath = Path.Combine(directory, ModelDirectory.ConfigFile);
        var options = new EditClassifierOptions
        {
            MaxAffix = Setting(config, configPath, "max_affix", 0, EditClassifierOptions.AffixLimit),
            MaxAtomAffix = Setting(config, configPath, "max_atom_affix", 0, EditClassifierOptions.AffixLimit),
            Epochs = Setting(config, configPath, "epochs", 0, int.MaxValue),
            Members = Setting(config, configPath, "members", 1, int.MaxValue),
            HashBits = Setting(config, configPath, "hash_bits", 8, 30),
            Seed = Setting(config, configPath, "seed", int.MinValue, int.MaxValue),
            AnalogyRoutes = config.ContainsKey("analogy_routes") ? Setting(config, configPath, "analogy_routes", 0, int.MaxValue) : 0,
            UseKnownCells = config.ContainsKey("known_cells") && Flag(config, configPath, "known_cells"),
        };
        var (trees, bundles) = Read(Path.Combine(directory, TreesFile), "{\"trees\": [...], \"bundles\": [{\"features\": ..., \"trees\": [...]}, ...]}", path =>
        {
            var root = (JsonObject)ModelDirectory.ReadJson(path)!;
            var trees = ((JsonArray)root["trees"]!).Select(EditTreeJson.Read).ToList();
            var bundles = ((JsonArray)root["bundles"]!).Select(node => new BundleTrees(
                FeatureBundle.Parse(node!["features"]!.GetValue<string>()),
                ((JsonArray)node["trees"]!).Select(id => TreeId(id!.GetValue<int>(), trees.Count)).ToArray())).ToList();
            if (bundles.GroupBy(b => b.Bundle.ToCanonicalString(), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                throw new FormatException($"bundle {twice.Key} is listed {twice.Count()} times");
            }
            return (trees, bundles);
        });
        var weights = Read(Path.Combine(directory, WeightsFile), "the weight file written at training", path => WeightFile.Read(path, options.HashBits));
        var known = options.UseKnownCells ? new KnownCells(Cells(Path.Combine(directory, CellsFile))) : null;
        return new EditClassifierInflector(trees, new CandidateIndex(bundles, trees.Count), weights, options, known);
    }

    private static T Read<T>(string path, string expected, Func<string, T> read)
    {
        if (!File.Exists(path))
        {
            throw new LangExpandException(ErrorCode.InvalidModel, $"missing {Path.GetFileName(path)}", new SourceLocation(path, 0), expected);
        }
        try
        {
            return read(path);
        }
        catch (Exception e) when (e is InvalidCastException or InvalidOperationException or NullReferenceException or FormatException
            or ArgumentOutOfRangeException or EndOfStreamException)
        {
            throw new LangExpandException(ErrorCode.InvalidModel, $"malformed {Path.GetFileName(path)}: {e.Message}", new SourceLocation(path, 0), expected, e);
        }
    }

    /// <summary>The training pairs of a model with paradigm features; every line must have a form.</summary>
    private static IReadOnlyList<InflectionTriple> Cells(string path) =>
        Read(path, "the training pairs, lemma<TAB>form<TAB>features", file =>
        {
            var pairs = InflectionReader.Read(file, InflectionFormat.UniMorph).Triples;
            return pairs.All(t => t.Form is not null) ? pairs : throw new FormatException("a line has no form");
        });

    private static bool Flag(JsonObject config, string path, string name) =>
        config[name] is JsonValue value && value.TryGetValue<bool>(out var flag)
            ? flag
            : throw new LangExpandException(ErrorCode.InvalidModel, $"config has no valid '{name}'", new SourceLocation(path, 0), $"\"{name}\": true or false");

    private static int TreeId(int id, int trees) => id >= 0 && id < trees ? id : throw new FormatException($"tree id {id} is not below the {trees} trees");

    private static int Setting(JsonObject config, string path, string name, int min, int max) =>
        config[name] is JsonValue value && value.TryGetValue<int>(out var number) && number >= min && number <= max
            ? number
            : throw new LangExpandException(ErrorCode.InvalidModel, $"config has no valid '{name}'", new SourceLocation(path, 0), $"\"{name}\": a whole number from {min} to {max}");
}
