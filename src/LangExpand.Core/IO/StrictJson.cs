using System.Text.Json;
using System.Text.Json.Nodes;

namespace LangExpand.Core.IO;

/// <summary>
/// Parses one JSON value (a JSONL line) strictly: a duplicate property name, or a string whose <c>\u</c> escapes leave a
/// lone surrogate (<c>"\ud800"</c>), is a <see cref="JsonException"/> like any other syntax error, so readers report it
/// with file and line instead of failing later when the string is read.
/// </summary>
public static class StrictJson
{
    private static readonly JsonDocumentOptions Options = new() { AllowDuplicateProperties = false };

    /// <summary>Parses <paramref name="json"/>; throws <see cref="JsonException"/> on bad syntax, a duplicate key or a lone surrogate.</summary>
    public static JsonDocument Parse(string json)
    {
        // The duplicate-key check decodes property names, so a lone surrogate in a name surfaces already here.
        var document = Decode(() => JsonDocument.Parse(json, Options), "a property name");
        try
        {
            CheckStrings(document.RootElement);
            return document;
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>Parses <paramref name="json"/> as a <see cref="JsonNode"/> with the checks of <see cref="Parse"/>.</summary>
    public static JsonNode? ParseNode(string json)
    {
        using (Parse(json))
        {
        }
        return JsonNode.Parse(json, documentOptions: Options);
    }

    // JsonDocument nests at most 64 deep (its default MaxDepth), so this recursion is bounded.
    private static void CheckStrings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Decode(() => property.Name, "a property name");
                    CheckStrings(property.Value);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CheckStrings(item);
                }
                break;
            case JsonValueKind.String:
                Decode(element.GetString, "a string");
                break;
        }
    }

    private static T Decode<T>(Func<T> read, string what)
    {
        try
        {
            return read();
        }
        catch (InvalidOperationException e)
        {
            throw new JsonException($"{what} is not valid Unicode (a lone surrogate escape such as \\ud800?): {e.Message}", e);
        }
    }
}
