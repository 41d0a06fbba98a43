using System.Text.Json.Nodes;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;

namespace LangExpand.Inflection.Neural.Data;

/// <summary><c>vocab.json</c>: <c>{"characters": ["a", …], "features": ["N", "PL", …]}</c> in id order (after the four specials).</summary>
internal static class VocabularyJson
{
    /// <summary>Writes <paramref name="vocabulary"/> to <paramref name="path"/>.</summary>
    public static void Write(Vocabulary vocabulary, string path) => ModelDirectory.WriteJson(path, new JsonObject
    {
        ["characters"] = new JsonArray([.. vocabulary.Characters.Select(c => (JsonNode)c)]),
        ["features"] = new JsonArray([.. vocabulary.Features.Select(f => (JsonNode)f)]),
    });

    /// <summary>Reads a vocabulary written by <see cref="Write"/>; anything else is an error naming the file.</summary>
    public static Vocabulary Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new LangExpandException(ErrorCode.InvalidModel, "the vocabulary file is missing", new SourceLocation(path, 0), "vocab.json as written by 'inflect train'");
        }
        if (ModelDirectory.ReadJson(path) is JsonObject root && Strings(root["characters"]) is { } characters && Strings(root["features"]) is { } features
            && characters.Distinct(StringComparer.Ordinal).Count() == characters.Count && features.Distinct(StringComparer.Ordinal).Count() == features.Count)
        {
            return new Vocabulary(characters, features);
        }
        throw new LangExpandException(ErrorCode.InvalidModel, "the vocabulary is not two lists of distinct strings", new SourceLocation(path, 1),
            "{\"characters\": [...], \"features\": [...]}");
    }

    private static List<string>? Strings(JsonNode? node) =>
        node is JsonArray array && array.All(n => n is JsonValue v && v.TryGetValue<string>(out _)) ? [.. array.Select(n => n!.GetValue<string>())] : null;
}
