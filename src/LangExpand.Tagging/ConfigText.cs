using System.Text.Json;
using System.Text.Json.Nodes;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;

namespace LangExpand.Tagging;

/// <summary>Reads required fields of a tagger's <c>config.json</c>, naming the file when one is missing or of the wrong kind.</summary>
internal static class ConfigText
{
    public static string Required(JsonObject config, string name, string directory) =>
        config[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Length > 0
            ? value.GetValue<string>()
            : throw Missing(name, "a non-empty string", directory);

    public static int RequiredCount(JsonObject config, string name, string directory) =>
        config[name] is JsonValue value && value.TryGetValue<int>(out var number) && number >= 0 ? number : throw Missing(name, "a whole number ≥ 0", directory);

    private static LangExpandException Missing(string name, string kind, string directory) =>
        new(ErrorCode.InvalidModel, $"config has no valid '{name}'", new SourceLocation(Path.Combine(directory, ModelDirectory.ConfigFile), 0), kind);
}
