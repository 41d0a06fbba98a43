using System.Text.Json;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;

namespace LangExpand.Torch.Safetensors;

/// <summary>
/// The index of a sharded checkpoint, <c>model.safetensors.index.json</c> in Hugging Face's layout:
/// <c>{"metadata": {"total_size": N}, "weight_map": {"tensor name": "shard file name", …}}</c>.
/// </summary>
/// <param name="WeightMap">Tensor name → shard file name (a plain name in the same directory).</param>
/// <param name="TotalSize">The bytes of tensor data over all shards.</param>
public sealed record SafetensorsIndex(IReadOnlyDictionary<string, string> WeightMap, long TotalSize)
{
    /// <summary>The index's file name.</summary>
    public const string FileName = "model.safetensors.index.json";

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads and checks an index: a weight map of strings whose values are plain file names.</summary>
    public static SafetensorsIndex Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new LangExpandException(ErrorCode.MissingInput, "the checkpoint index does not exist", new SourceLocation(path, 0));
        }
        const string expected = "{\"metadata\": {\"total_size\": N}, \"weight_map\": {\"name\": \"file.safetensors\", …}}";
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("weight_map", out var map) || map.ValueKind != JsonValueKind.Object)
            {
                throw SafetensorsHeader.Malformed(path, "the checkpoint index has no 'weight_map' object", expected);
            }
            var weights = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in map.EnumerateObject())
            {
                var file = entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString()! : "";
                if (file.Length == 0 || Path.GetFileName(file) != file || file is "." or ".." || !weights.TryAdd(entry.Name, file))
                {
                    throw SafetensorsHeader.Malformed(path, $"the checkpoint index maps '{entry.Name}' to '{entry.Value.GetRawText()}', or names it twice",
                        "each tensor once, mapped to a file name in the index's directory");
                }
            }
            var total = root.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
                && metadata.TryGetProperty("total_size", out var size) && size.TryGetInt64(out var bytes) ? bytes : 0;
            return new SafetensorsIndex(weights, total);
        }
        catch (JsonException e)
        {
            throw SafetensorsHeader.Malformed(path, $"the checkpoint index is not valid JSON ({e.Message})", expected);
        }
    }

    /// <summary>Writes the index to <paramref name="path"/> (atomically; names in ordinal order, two-space indent).</summary>
    public void Write(string path) => AtomicFile.Write(path, stream =>
    {
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("metadata");
            writer.WriteNumber("total_size", TotalSize);
            writer.WriteEndObject();
            writer.WriteStartObject("weight_map");
            foreach (var name in WeightMap.Keys.Order(StringComparer.Ordinal))
            {
                writer.WriteString(name, WeightMap[name]);
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    });
}
