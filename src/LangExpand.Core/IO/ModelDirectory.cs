using System.Text.Json;
using System.Text.Json.Nodes;
using LangExpand.Core.Diagnostics;

namespace LangExpand.Core.IO;

/// <summary>
/// Saved models are directories: <c>config.json</c> (with <c>type</c> and <c>format_version</c>), the model's own files,
/// and <c>metrics.json</c>. Saving writes a sibling temporary directory and swaps it in, so a failed save leaves the
/// previous model (or nothing) — never a half-written one — and a directory that is not a model is never overwritten.
/// </summary>
public static class ModelDirectory
{
    /// <summary>The configuration file every model directory has.</summary>
    public const string ConfigFile = "config.json";

    /// <summary>The file holding training and evaluation figures.</summary>
    public const string MetricsFile = "metrics.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Writes a model directory at <paramref name="directory"/>: <paramref name="writeFiles"/> fills a fresh directory.</summary>
    public static void Save(string directory, JsonObject config, Action<string> writeFiles, JsonObject? metrics = null)
    {
        var target = Path.GetFullPath(directory);
        if (File.Exists(target))
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"refusing to write a model to {directory}: it is a file",
                expected: "a new or empty directory, or an earlier model directory");
        }
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !IsModel(target))
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"refusing to overwrite {directory}: it exists and is not a model directory",
                expected: "a new or empty directory, or an earlier model directory");
        }
        StagedDirectory.Write(target, staging =>
        {
            writeFiles(staging);
            WriteJson(Path.Combine(staging, MetricsFile), metrics ?? []);
            WriteJson(Path.Combine(staging, ConfigFile), config);
        });
    }

    /// <summary>
    /// True when <paramref name="directory"/>'s <c>config.json</c> names a <c>type</c> and a <c>format_version</c>: a model
    /// saved here, which a new one may replace. Another <c>config.json</c> (a Hugging Face encoder's, a user's own) is not one.
    /// </summary>
    private static bool IsModel(string directory)
    {
        try
        {
            _ = ReadConfig(directory);
            return true;
        }
        catch (LangExpandException)
        {
            return false;
        }
    }

    /// <summary>Reads and checks <c>config.json</c>: it must exist, parse, and name a <c>type</c> and a <c>format_version</c>.</summary>
    public static (string Type, int FormatVersion, JsonObject Config) ReadConfig(string directory)
    {
        var path = Path.Combine(directory, ConfigFile);
        if (!File.Exists(path))
        {
            throw new LangExpandException(ErrorCode.InvalidModel, $"{directory} is not a model directory (no {ConfigFile})",
                new SourceLocation(path, 0), "a directory written by a langexpand train command");
        }
        var config = ReadJson(path) as JsonObject;
        var version = 0;
        if (config?["type"]?.GetValueKind() != JsonValueKind.String || config["format_version"] is not JsonValue number || !number.TryGetValue(out version))
        {
            throw new LangExpandException(ErrorCode.InvalidModel, "config has no string 'type' and whole-number 'format_version'", new SourceLocation(path, 1),
                "{\"type\": …, \"format_version\": …}");
        }
        return (config["type"]!.GetValue<string>(), version, config);
    }

    /// <summary>Reads <c>config.json</c> and checks that it names <paramref name="type"/> at a version this build reads.</summary>
    public static JsonObject ReadConfig(string directory, string type, int supportedVersion)
    {
        var (found, version, config) = ReadConfig(directory);
        if (found != type)
        {
            throw new LangExpandException(ErrorCode.InvalidModel, $"model type is '{found}'", new SourceLocation(Path.Combine(directory, ConfigFile), 0), $"'{type}'");
        }
        RequireVersion(directory, type, version, supportedVersion);
        return config;
    }

    /// <summary>Rejects a format version this build cannot read.</summary>
    private static void RequireVersion(string directory, string type, int version, int supported)
    {
        if (version != supported)
        {
            throw new LangExpandException(ErrorCode.InvalidModel, $"{type} model format_version {version} is not supported by this version of LangExpand",
                new SourceLocation(Path.Combine(directory, ConfigFile), 0), $"format_version {supported}");
        }
    }

    /// <summary>Parses a JSON file, reporting syntax errors with file, line and position.</summary>
    public static JsonNode? ReadJson(string path)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            throw new LangExpandException(ErrorCode.InvalidModel, $"invalid JSON: {e.Message}",
                new SourceLocation(path, (int)(e.LineNumber ?? -1) + 1, (int)(e.BytePositionInLine ?? -1) + 1), "valid JSON", e);
        }
    }

    /// <summary>
    /// Writes <paramref name="node"/> as indented JSON with a final newline. Not atomic on its own: it is meant for files
    /// inside the staging directory that <see cref="Save"/> hands to its callback, which is swapped in as a whole.
    /// </summary>
    public static void WriteJson(string path, JsonNode node) => File.WriteAllText(path, node.ToJsonString(Indented) + "\n");
}
