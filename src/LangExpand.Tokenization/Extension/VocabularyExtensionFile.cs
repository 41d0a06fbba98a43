using System.Text.Json;
using LangExpand.Core.Diagnostics;

namespace LangExpand.Tokenization.Extension;

/// <summary>
/// <c>vocabulary_extension.json</c>: <c>{"format_version": 1, "old_vocabulary_size", "new_vocabulary_size",
/// "new_tokens": [{"id", "token", "old_ids": [...]}], "moved_ids": [{"old", "new"}]}</c>.
/// </summary>
public static class VocabularyExtensionFile
{
    private const int FormatVersion = 1;

    /// <summary>Writes <paramref name="extension"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, VocabularyExtension extension) => HuggingFaceTokenizerConfig.WriteJson(path, json =>
    {
        json.WriteNumber("format_version", FormatVersion);
        json.WriteNumber("old_vocabulary_size", extension.OldVocabularySize);
        json.WriteNumber("new_vocabulary_size", extension.NewVocabularySize);
        json.WriteStartArray("new_tokens");
        foreach (var token in extension.NewTokens)
        {
            json.WriteStartObject();
            json.WriteNumber("id", token.Id);
            json.WriteString("token", token.Token);
            json.WriteStartArray("old_ids");
            foreach (var id in token.OldIds)
            {
                json.WriteNumberValue(id);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("moved_ids");
        foreach (var (old, moved) in extension.OldToNewIds.OrderBy(p => p.Key))
        {
            json.WriteStartObject();
            json.WriteNumber("old", old);
            json.WriteNumber("new", moved);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    });

    /// <summary>Reads the file at <paramref name="path"/>; anything but the format above is an error naming the file.</summary>
    public static VocabularyExtension Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new LangExpandException(ErrorCode.MissingInput, $"file not found: {path}");
        }
        var root = HuggingFaceTokenizerConfig.Read(path);
        try
        {
            if (root["format_version"].GetInt32() != FormatVersion)
            {
                throw new LangExpandException(ErrorCode.InvalidModel, "unsupported format_version", new SourceLocation(path, 0), $"{FormatVersion}");
            }
            var tokens = root["new_tokens"].EnumerateArray()
                .Select(t => new NewToken(t.GetProperty("id").GetInt32(), t.GetProperty("token").GetString()!,
                    t.GetProperty("old_ids").EnumerateArray().Select(i => i.GetInt32()).ToList()))
                .ToList();
            var moved = root["moved_ids"].EnumerateArray().ToDictionary(m => m.GetProperty("old").GetInt32(), m => m.GetProperty("new").GetInt32());
            return new VocabularyExtension(root["old_vocabulary_size"].GetInt32(), root["new_vocabulary_size"].GetInt32(), tokens, moved);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new LangExpandException(ErrorCode.MalformedDocument, $"not a vocabulary extension file: {e.Message}", new SourceLocation(path, 0),
                "format_version, old_vocabulary_size, new_vocabulary_size, new_tokens and moved_ids");
        }
    }
}
