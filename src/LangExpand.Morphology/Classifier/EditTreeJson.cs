using System.Text.Json.Nodes;

namespace LangExpand.Morphology.Classifier;

/// <summary>
/// Edit trees as JSON: a <see cref="MatchNode"/> is <c>[prefix length, suffix length, prefix tree or null, suffix tree or
/// null]</c>, a <see cref="SubstitutionNode"/> is <c>["from", "to"]</c>. <c>M(0,2,_,"en"→"te")</c> is
/// <c>[0, 2, null, ["en", "te"]]</c>.
/// </summary>
internal static class EditTreeJson
{
    /// <summary>The JSON form of <paramref name="tree"/>.</summary>
    public static JsonNode Write(EditTree tree) => tree switch
    {
        MatchNode match => new JsonArray(match.PrefixLength, match.SuffixLength, WriteOptional(match.Prefix), WriteOptional(match.Suffix)),
        SubstitutionNode substitution => new JsonArray(substitution.From, substitution.To),
        _ => throw new NotSupportedException(tree.GetType().Name),
    };

    /// <summary>Reads a tree written by <see cref="Write"/>; throws <see cref="FormatException"/> when the JSON is not one.</summary>
    public static EditTree Read(JsonNode? node)
    {
        if (node is JsonArray { Count: 2 } pair && Text(pair[0]) is { } from && Text(pair[1]) is { } to)
        {
            return new SubstitutionNode(from, to);
        }
        if (node is JsonArray { Count: 4 } match && Length(match[0]) is { } prefixLength && Length(match[1]) is { } suffixLength)
        {
            var prefix = match[2] is null ? null : Read(match[2]);
            var suffix = match[3] is null ? null : Read(match[3]);
            return new MatchNode(prefixLength, suffixLength, prefix, suffix);
        }
        throw new FormatException($"not an edit tree: {node?.ToJsonString() ?? "null"}");
    }

    private static JsonNode? WriteOptional(EditTree? tree) => tree is null ? null : Write(tree);

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static int? Length(JsonNode? node) => node is JsonValue value && value.TryGetValue<int>(out var length) && length >= 0 ? length : null;
}
