using System.Text.Json;
using LangExpand.Core.Languages;

namespace LangExpand.Lexicons.Formats;

/// <summary>The translations of one kaikki.org word entry (see <see cref="WiktionaryReader"/>).</summary>
internal static class WiktionaryEntry
{
    /// <summary>The languages to keep, with the codes already resolved.</summary>
    public sealed class Languages(LanguageCode target, LanguageCode? source)
    {
        private readonly Dictionary<string, LanguageCode?> _resolved = new(StringComparer.Ordinal);

        public bool IsTarget(string? code) => Resolve(code) == target;

        public bool IsSource(string? code) => source is null || Resolve(code) == source;

        private LanguageCode? Resolve(string? code)
        {
            if (code is null)
            {
                return null;
            }
            if (!_resolved.TryGetValue(code, out var language))
            {
                _resolved[code] = language = LanguageCode.TryParse(code, out var parsed) ? parsed : null;
            }
            return language;
        }
    }

    /// <summary>The (word, translation) sides of <paramref name="entry"/>; a field of the wrong type throws <see cref="ShapeException"/>.</summary>
    public static List<(LexiconSide Word, LexiconSide Translation)> Translations(JsonElement entry, Languages languages)
    {
        var results = new List<(LexiconSide, LexiconSide)>();
        if (entry.ValueKind != JsonValueKind.Object)
        {
            throw new ShapeException($"the line is a JSON {entry.ValueKind.ToString().ToLowerInvariant()}, not an object");
        }
        if (String(entry, "word") is not { Length: > 0 } word || !LexiconText.FitsColumn(word) || !languages.IsSource(LanguageOf(entry)))
        {
            return results;
        }
        var pos = String(entry, "pos") is { } p && LexiconText.IsValidTag(p) ? p : null;
        var source = new LexiconSide(word, pos);
        var lists = Array(entry, "senses").Select(sense => Array(sense, "translations")).Prepend(Array(entry, "translations"));
        foreach (var translation in lists.SelectMany(list => list))
        {
            if (languages.IsTarget(String(translation, "code") ?? LanguageOf(translation))
                && String(translation, "word") is { Length: > 0 } text && LexiconText.FitsColumn(text))
            {
                var tags = Array(translation, "tags").Select(tag => tag.ValueKind == JsonValueKind.String ? tag.GetString()! : throw WrongType("tags", "strings"));
                results.Add((source, new LexiconSide(text, null, tags.Where(LexiconText.IsValidTag))));
            }
        }
        return results;
    }

    private static string? LanguageOf(JsonElement element) => String(element, "lang_code") ?? String(element, "lang");

    private static string? String(JsonElement element, string name) => Property(element, name) is { } value
        ? value.ValueKind == JsonValueKind.String ? value.GetString() : throw WrongType(name, "a string")
        : null;

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) => Property(element, name) is { } value
        ? value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : throw WrongType(name, "an array")
        : [];

    /// <summary>The value of a field that is present and not null.</summary>
    private static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind != JsonValueKind.Object ? throw new ShapeException($"a value holding '{name}' is not an object")
        : element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value
        : null;

    private static ShapeException WrongType(string name, string expected) => new($"field '{name}' is not {expected}");

    /// <summary>A JSON value of the wrong type where the kaikki.org format has a known one.</summary>
    public sealed class ShapeException(string message) : Exception(message);
}
