using System.Globalization;
using LangExpand.Core.IO;
using LangExpand.Pipeline.Progress;
using LangExpand.Pipeline.Requests;
using LangExpand.Pipeline.Running;
using YamlDotNet.Serialization;

namespace LangExpand.Pipeline.Pack;

/// <summary>
/// Writes <c>manifest.yaml</c>: tool and version, languages, seed, every input (sha256, provenance), each step (options,
/// counts, metrics, notes, output files with sha256), all metrics together, and — last, the only part that changes
/// between identical runs — <c>timings</c> (per step: ran or skipped, seconds).
/// </summary>
public static class ManifestWriter
{
    /// <summary>The manifest key of the timings, which tests and comparisons leave out.</summary>
    public const string TimingsKey = "timings";

    /// <summary>Writes the manifest of a finished run atomically.</summary>
    public static void Write(string path, PackRequest request, IReadOnlyList<PackInput> inputs, IReadOnlyList<StepResult> results, double seconds)
    {
        var manifest = new Dictionary<string, object?>
        {
            ["tool"] = "langexpand",
            ["tool_version"] = ToolVersion,
            ["language"] = Language(request.Language),
            ["source_language"] = Language(request.Source),
            ["seed"] = request.Seed,
            ["max_train"] = request.MaxTrain,
            ["inputs"] = inputs.Select(i => new Dictionary<string, object?>
            {
                ["kind"] = i.Kind, ["spec"] = i.Spec, ["sha256"] = i.Sha256, ["provenance"] = i.Provenance,
            }).ToList(),
            ["steps"] = results.Select(r => new Dictionary<string, object?>
            {
                ["name"] = r.Step.Name,
                ["options"] = Sorted(r.Record.Options),
                ["counts"] = Sorted(r.Record.Counts),
                ["metrics"] = Sorted(r.Record.Metrics),
                ["notes"] = Sorted(r.Record.Notes),
                ["outputs"] = Sorted(r.Record.Outputs),
            }).ToList(),
            ["metrics"] = new SortedDictionary<string, double>(results.SelectMany(r => r.Record.Metrics.Select(m => KeyValuePair.Create($"{r.Step.Name}.{m.Key}", m.Value)))
                .ToDictionary(), StringComparer.Ordinal),
            [TimingsKey] = new Dictionary<string, object?>
            {
                ["total_seconds"] = Math.Round(seconds, 3),
                ["steps"] = results.Select(r => new Dictionary<string, object?>
                {
                    ["name"] = r.Step.Name, ["status"] = r.Status == StepStatus.Ran ? "ran" : "skipped", ["seconds"] = Math.Round(r.Seconds, 3),
                }).ToList(),
            },
        };
        var yaml = new SerializerBuilder().Build().Serialize(manifest);
        AtomicFile.WriteAllText(path, yaml);
    }

    /// <summary>The version of the toolkit (the assembly's informational version without build metadata).</summary>
    public static string ToolVersion { get; } = (typeof(ManifestWriter).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false).FirstOrDefault()
        as System.Reflection.AssemblyInformationalVersionAttribute)?.InformationalVersion.Split('+')[0] ?? "unknown";

    private static Dictionary<string, object?> Language(Core.Languages.LanguageCode code) => new() { ["iso639_3"] = code.Iso639_3, ["name"] = code.Name };

    private static SortedDictionary<string, T> Sorted<T>(IReadOnlyDictionary<string, T> values) => new(values.ToDictionary(), StringComparer.Ordinal);

    /// <summary>Formats a number for people, culture-independent.</summary>
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
