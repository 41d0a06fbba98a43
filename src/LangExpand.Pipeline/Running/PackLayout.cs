using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LangExpand.Pipeline;

/// <summary>The fixed paths of a language pack.</summary>
public static class PackLayout
{
    /// <summary>Step records: <c>.steps/NAME.json</c>.</summary>
    public const string Records = ".steps";

    /// <summary>Staging directories of running steps: <c>.staging/NAME/</c> (deleted when the step's outputs are in place).</summary>
    public const string Staging = ".staging";

    /// <summary>Outputs being replaced: <c>.trash/NAME/</c> (deleted after the swap).</summary>
    public const string Trash = ".trash";

    /// <summary>The lock of a running add-language (<see cref="Running.PackLock"/>): <c>.lock</c>, naming the owner process.</summary>
    public const string Lock = ".lock";

    /// <summary>The manifest (inputs, steps, counts, metrics, timings).</summary>
    public const string Manifest = "manifest.yaml";

    /// <summary>The report for people.</summary>
    public const string Report = "report.md";

    /// <summary>The report's plots.</summary>
    public const string Plots = "plots";

    /// <summary>True when <paramref name="directory"/> is a pack written by add-language.</summary>
    public static bool IsPack(string directory) => Directory.Exists(Path.Combine(directory, Records));

    /// <summary>
    /// The languages (ISO 639-3 codes) a pack's manifest says it was built for, or null when there is no readable manifest
    /// (a new directory, or a pack whose first run stopped early).
    /// </summary>
    public static (string Language, string Source)? LanguagesOf(string directory)
    {
        var path = Path.Combine(directory, Manifest);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(path)));
            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            string Code(string key) => ((YamlScalarNode)((YamlMappingNode)root[key])["iso639_3"]).Value!;
            return (Code("language"), Code("source_language"));
        }
        catch (Exception e) when (e is YamlException or InvalidCastException or KeyNotFoundException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
