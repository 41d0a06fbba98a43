using System.Text.Json;
using System.Text.Json.Nodes;
using LangExpand.Core.IO;

namespace LangExpand.Pipeline.Running;

/// <summary>
/// What a finished step wrote, saved as <c>.steps/NAME.json</c> once its outputs are in place: the hashes of its inputs
/// (by logical name), its options, the hash of every output file, and its counts and metrics. No timings, no absolute paths.
/// </summary>
/// <param name="Step">The step's name.</param>
/// <param name="Inputs">Input name → SHA-256 (a directory's hash covers every file in it).</param>
/// <param name="Options">The step's options.</param>
/// <param name="Outputs">Pack-relative output file → SHA-256.</param>
/// <param name="Counts">The step's counts.</param>
/// <param name="Metrics">The step's metrics.</param>
/// <param name="Notes">The step's text facts.</param>
public sealed record StepRecord(
    string Step,
    IReadOnlyDictionary<string, string> Inputs,
    IReadOnlyDictionary<string, string> Options,
    IReadOnlyDictionary<string, string> Outputs,
    IReadOnlyDictionary<string, long> Counts,
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyDictionary<string, string> Notes)
{
    /// <summary>The record format's version.</summary>
    public const int FormatVersion = 1;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>True when <paramref name="other"/> had the same inputs and options.</summary>
    public bool SameInputs(StepRecord other) => Same(Inputs, other.Inputs) && Same(Options, other.Options);

    /// <summary>Writes the record atomically.</summary>
    public void Save(string path) => AtomicFile.WriteAllText(path, ToJson().ToJsonString(Indented) + "\n");

    /// <summary>Reads a record; null when the file is missing, unreadable or of another version (the step then reruns).</summary>
    public static StepRecord? Load(string path)
    {
        try
        {
            if (!File.Exists(path) || JsonNode.Parse(File.ReadAllText(path)) is not JsonObject json || json["format_version"]?.GetValue<int>() != FormatVersion)
            {
                return null;
            }
            return new StepRecord(json["step"]!.GetValue<string>(), Map(json["inputs"], n => n.GetValue<string>()), Map(json["options"], n => n.GetValue<string>()),
                Map(json["outputs"], n => n.GetValue<string>()), Map(json["counts"], n => n.GetValue<long>()), Map(json["metrics"], n => n.GetValue<double>()),
                Map(json["notes"], n => n.GetValue<string>()));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or NullReferenceException)
        {
            return null;
        }
    }

    private JsonObject ToJson() => new()
    {
        ["step"] = Step,
        ["format_version"] = FormatVersion,
        ["inputs"] = Object(Inputs, v => v),
        ["options"] = Object(Options, v => v),
        ["outputs"] = Object(Outputs, v => v),
        ["counts"] = Object(Counts, v => v),
        ["metrics"] = Object(Metrics, v => v),
        ["notes"] = Object(Notes, v => v),
    };

    private static JsonObject Object<T>(IReadOnlyDictionary<string, T> values, Func<T, JsonNode?> convert) =>
        new(values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, convert(p.Value))));

    private static SortedDictionary<string, T> Map<T>(JsonNode? node, Func<JsonNode, T> convert) =>
        new(((JsonObject)node!).ToDictionary(p => p.Key, p => convert(p.Value!)), StringComparer.Ordinal);

    private static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && v == p.Value);
}
