using System.Text.Json;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;

namespace LangExpand.Tokenization;

/// <summary>
/// <c>tokenizer_config.json</c> and <c>special_tokens_map.json</c> of a Hugging Face model directory: the tokenizer
/// class, <c>do_lower_case</c>, and the special tokens' texts.
/// </summary>
internal static class HuggingFaceTokenizerConfig
{
    public const string ConfigFile = "tokenizer_config.json";
    public const string SpecialTokensFile = "special_tokens_map.json";
    private const int ModelMaxLength = 512;

    /// <summary>The special tokens by Hugging Face role (<c>bos_token</c>, <c>cls_token</c>, …).</summary>
    public static IReadOnlyDictionary<string, string> SpecialTokens(ISubwordTokenizer tokenizer) => new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["bos_token"] = tokenizer.IdToToken(tokenizer.Special.Cls)!,
        ["cls_token"] = tokenizer.IdToToken(tokenizer.Special.Cls)!,
        ["eos_token"] = tokenizer.IdToToken(tokenizer.Special.Sep)!,
        ["mask_token"] = tokenizer.IdToToken(tokenizer.Special.Mask)!,
        ["pad_token"] = tokenizer.IdToToken(tokenizer.Special.Pad)!,
        ["sep_token"] = tokenizer.IdToToken(tokenizer.Special.Sep)!,
        ["unk_token"] = tokenizer.IdToToken(tokenizer.Special.Unknown)!,
    };

    public static void Write(string directory, ISubwordTokenizer tokenizer, string tokenizerClass, bool? lowerCase)
    {
        var special = SpecialTokens(tokenizer);
        WriteJson(Path.Combine(directory, SpecialTokensFile), json =>
        {
            foreach (var (role, token) in special)
            {
                json.WriteString(role, token);
            }
        });
        WriteJson(Path.Combine(directory, ConfigFile), json =>
        {
            if (lowerCase is { } lower)
            {
                json.WriteBoolean("do_lower_case", lower);
            }
            json.WriteNumber("model_max_length", ModelMaxLength);
            foreach (var (role, token) in special)
            {
                json.WriteString(role, token);
            }
            json.WriteString("tokenizer_class", tokenizerClass);
        });
    }

    /// <summary>The string properties of a JSON object file, or an empty map when the file does not exist.</summary>
    public static IReadOnlyDictionary<string, JsonElement> Read(string path)
    {
        if (!File.Exists(path))
        {
            return new Dictionary<string, JsonElement>();
        }
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException("the top level is not an object");
            }
            return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        }
        catch (JsonException e)
        {
            throw new LangExpandException(ErrorCode.MalformedDocument, $"not valid JSON: {e.Message}", new SourceLocation(path, 0), "a JSON object");
        }
    }

    /// <summary>Checks that the special tokens named in <c>special_tokens_map.json</c> are the ones <paramref name="tokenizer"/> uses.</summary>
    public static void CheckSpecialTokens(string directory, ISubwordTokenizer tokenizer)
    {
        var path = Path.Combine(directory, SpecialTokensFile);
        var expected = SpecialTokens(tokenizer);
        foreach (var (role, value) in Read(path))
        {
            var text = value.ValueKind == JsonValueKind.Object && value.TryGetProperty("content", out var content) ? content.GetString() : value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            if (expected.TryGetValue(role, out var token) && text != token)
            {
                throw new LangExpandException(ErrorCode.InvalidModel, $"{role} is '{text}', which this tokenizer does not support",
                    new SourceLocation(path, 0), $"'{token}'");
            }
        }
    }

    internal static void WriteJson(string path, Action<Utf8JsonWriter> writeProperties) => AtomicFile.Write(path, stream =>
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        writeProperties(json);
        json.WriteEndObject();
    });
}
