using System.Buffers.Binary;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LangExpand.Core.Diagnostics;

namespace LangExpand.Torch.Safetensors;

/// <summary>
/// The JSON header of a safetensors file (format: an 8-byte little-endian length N, N bytes of UTF-8 JSON mapping
/// each tensor name to <c>{"dtype", "shape", "data_offsets": [begin, end]}</c> plus an optional
/// <c>"__metadata__"</c> object of strings, then the data buffer the offsets point into). Parsing checks the layout
/// strictly; <see cref="Plan"/> and <see cref="Encode"/> produce the bytes deterministically. No libtorch involved.
/// </summary>
public sealed class SafetensorsHeader
{
    /// <summary>The key of the free-form string metadata.</summary>
    public const string MetadataKey = "__metadata__";

    /// <summary>The largest header accepted (the reference implementation's limit).</summary>
    public const long MaxHeaderLength = 100_000_000;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private SafetensorsHeader(IReadOnlyList<SafetensorsTensorInfo> tensors, IReadOnlyDictionary<string, string> metadata, long dataLength)
    {
        Tensors = tensors;
        Metadata = metadata;
        DataLength = dataLength;
        ByName = tensors.ToDictionary(tensor => tensor.Name, StringComparer.Ordinal);
    }

    /// <summary>The tensors, in ordinal name order.</summary>
    public IReadOnlyList<SafetensorsTensorInfo> Tensors { get; }

    /// <summary>The tensors by name.</summary>
    public IReadOnlyDictionary<string, SafetensorsTensorInfo> ByName { get; }

    /// <summary>The <c>__metadata__</c> strings (empty when absent).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>The size of the data buffer after the header.</summary>
    public long DataLength { get; }

    /// <summary>
    /// Lays out <paramref name="tensors"/> for writing: ordinal name order, each tensor's bytes right after the previous
    /// one's.
    /// </summary>
    public static SafetensorsHeader Plan(IEnumerable<SafetensorsTensorSpec> tensors, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var infos = new List<SafetensorsTensorInfo>();
        long offset = 0;
        foreach (var spec in tensors.OrderBy(tensor => tensor.Name, StringComparer.Ordinal))
        {
            if (spec.Name == MetadataKey || infos.Count > 0 && infos[^1].Name == spec.Name)
            {
                throw new ArgumentException($"The tensor name '{spec.Name}' is reserved or given twice.", nameof(tensors));
            }
            var end = checked(offset + spec.ByteLength);
            infos.Add(new SafetensorsTensorInfo(spec.Name, spec.DType, spec.Shape.ToArray(), offset, end));
            offset = end;
        }
        var sortedMetadata = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in metadata ?? new Dictionary<string, string>())
        {
            sortedMetadata.Add(key, value);
        }
        return new SafetensorsHeader(infos, sortedMetadata, offset);
    }

    /// <summary>
    /// The 8-byte length prefix followed by the compact JSON (<c>__metadata__</c> first when there is any, then the
    /// tensors in ordinal name order), padded with spaces to a multiple of 8 bytes as the reference writer does.
    /// </summary>
    public byte[] Encode()
    {
        using var json = new MemoryStream();
        using (var writer = new Utf8JsonWriter(json, WriterOptions))
        {
            writer.WriteStartObject();
            if (Metadata.Count > 0)
            {
                writer.WriteStartObject(MetadataKey);
                foreach (var key in Metadata.Keys.Order(StringComparer.Ordinal))
                {
                    writer.WriteString(key, Metadata[key]);
                }
                writer.WriteEndObject();
            }
            foreach (var tensor in Tensors)
            {
                writer.WriteStartObject(tensor.Name);
                writer.WriteString("dtype", tensor.DType.HeaderName());
                writer.WriteStartArray("shape");
                foreach (var dimension in tensor.Shape)
                {
                    writer.WriteNumberValue(dimension);
                }
                writer.WriteEndArray();
                writer.WriteStartArray("data_offsets");
                writer.WriteNumberValue(tensor.Begin);
                writer.WriteNumberValue(tensor.End);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        var padded = (json.Length + 7) / 8 * 8;
        var bytes = new byte[8 + padded];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, (ulong)padded);
        json.GetBuffer().AsSpan(0, (int)json.Length).CopyTo(bytes.AsSpan(8));
        bytes.AsSpan(8 + (int)json.Length).Fill((byte)' ');
        return bytes;
    }

    /// <summary>
    /// Parses and checks a header: valid UTF-8 JSON, known dtypes, non-negative shapes, and offsets that tile the data
    /// buffer of <paramref name="dataLength"/> bytes exactly (no overlap, no gap, nothing past the end), each span as long
    /// as its shape and dtype say. Errors name <paramref name="source"/>.
    /// </summary>
    public static SafetensorsHeader Parse(ReadOnlySpan<byte> json, long dataLength, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(new UTF8Encoding(false, true).GetString(json),
                new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (Exception e) when (e is JsonException or DecoderFallbackException)
        {
            throw Malformed(source, $"the safetensors header is not valid UTF-8 JSON ({e.Message})", "a JSON object after the 8-byte length");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw Malformed(source, "the safetensors header is not a JSON object", "{\"name\": {\"dtype\", \"shape\", \"data_offsets\"}, …}");
            }
            var metadata = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var tensors = new List<SafetensorsTensorInfo>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!seen.Add(property.Name))
                {
                    throw Malformed(source, $"the safetensors header names '{property.Name}' twice", "each tensor once");
                }
                if (property.Name == MetadataKey)
                {
                    ReadMetadata(property.Value, metadata, source);
                }
                else
                {
                    tensors.Add(SafetensorsEntryParser.Parse(property.Name, property.Value, dataLength, source));
                }
            }
            SafetensorsEntryParser.CheckTiling(tensors, dataLength, source);
            tensors.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            return new SafetensorsHeader(tensors, metadata, dataLength);
        }
    }

    private static void ReadMetadata(JsonElement element, SortedDictionary<string, string> metadata, string source)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Malformed(source, "the safetensors '__metadata__' is not an object", "an object of string values");
        }
        foreach (var entry in element.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.String || !metadata.TryAdd(entry.Name, entry.Value.GetString()!))
            {
                throw Malformed(source, $"the safetensors metadata entry '{entry.Name}' is not a string or is repeated", "an object of string values");
            }
        }
    }

    internal static LangExpandException Malformed(string source, string problem, string expected) =>
        new(ErrorCode.MalformedDocument, problem, new SourceLocation(source, 0), expected);
}
