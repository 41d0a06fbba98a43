using System.Text.Json;

namespace LangExpand.Torch.Safetensors;

/// <summary>Reads and checks one tensor entry of a safetensors header, and the layout of all of them together.</summary>
internal static class SafetensorsEntryParser
{
    private const string EntryShape = "{\"dtype\": \"F32\", \"shape\": [..], \"data_offsets\": [begin, end]}";

    public static SafetensorsTensorInfo Parse(string name, JsonElement entry, long dataLength, string source)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            throw SafetensorsHeader.Malformed(source, $"the safetensors entry '{name}' is not an object", EntryShape);
        }
        string? dtypeText = null;
        long[]? shape = null;
        long[]? offsets = null;
        foreach (var field in entry.EnumerateObject())
        {
            switch (field.Name)
            {
                case "dtype" when field.Value.ValueKind == JsonValueKind.String && dtypeText is null:
                    dtypeText = field.Value.GetString();
                    break;
                case "shape" when shape is null:
                    shape = Integers(field.Value, name, "shape", source);
                    break;
                case "data_offsets" when offsets is null:
                    offsets = Integers(field.Value, name, "data_offsets", source);
                    break;
                default:
                    throw SafetensorsHeader.Malformed(source, $"the safetensors entry '{name}' has an unexpected or repeated field '{field.Name}'", EntryShape);
            }
        }
        if (dtypeText is null || shape is null || offsets is null)
        {
            throw SafetensorsHeader.Malformed(source, $"the safetensors entry '{name}' lacks dtype, shape or data_offsets", EntryShape);
        }
        if (!SafetensorsDTypes.TryParse(dtypeText, out var dtype))
        {
            throw SafetensorsHeader.Malformed(source, $"the safetensors entry '{name}' has the unknown dtype '{dtypeText}'", $"one of {SafetensorsDTypes.Known}");
        }
        if (offsets.Length != 2 || offsets[0] > offsets[1] || offsets[1] > dataLength)
        {
            throw SafetensorsHeader.Malformed(source, $"the safetensors entry '{name}' has data_offsets [{string.Join(", ", offsets)}] outside the {dataLength}-byte data buffer",
                "[begin, end] with begin ≤ end ≤ the data length");
        }
        var info = new SafetensorsTensorInfo(name, dtype, shape, offsets[0], offsets[1]);
        if (ExpectedBytes(info) is not { } expected || expected != info.ByteLength)
        {
            throw SafetensorsHeader.Malformed(source, $"the safetensors entry '{name}' spans {info.ByteLength} bytes, but shape [{string.Join(", ", shape)}] of {dtype} needs {ExpectedBytes(info)?.ToString() ?? "more than 2^63"}",
                "data_offsets whose difference is the element count times the element size");
        }
        return info;
    }

    /// <summary>Checks that the tensors' spans tile the data buffer: no overlap, no gap, ending at its end.</summary>
    public static void CheckTiling(List<SafetensorsTensorInfo> tensors, long dataLength, string source)
    {
        long next = 0;
        foreach (var tensor in tensors.OrderBy(tensor => tensor.Begin).ThenBy(tensor => tensor.End))
        {
            if (tensor.Begin != next)
            {
                var problem = tensor.Begin < next ? "overlaps the tensor before it" : "leaves a gap after the tensor before it";
                throw SafetensorsHeader.Malformed(source, $"the safetensors entry '{tensor.Name}' at bytes [{tensor.Begin}, {tensor.End}) {problem}",
                    $"the next tensor to start at byte {next}");
            }
            next = tensor.End;
        }
        if (next != dataLength)
        {
            throw SafetensorsHeader.Malformed(source, $"the safetensors tensors cover {next} bytes, but the data buffer holds {dataLength}",
                "the tensors to cover the data buffer exactly");
        }
    }

    private static long? ExpectedBytes(SafetensorsTensorInfo info)
    {
        try
        {
            return checked(info.ElementCount * info.DType.ElementSize());
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static long[] Integers(JsonElement value, string name, string field, string source)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw SafetensorsHeader.Malformed(source, $"the safetensors entry '{name}' has a {field} that is not an array", EntryShape);
        }
        var numbers = new long[value.GetArrayLength()];
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt64(out var number) || number < 0)
            {
                throw SafetensorsHeader.Malformed(source, $"the safetensors entry '{name}' has a {field} value '{item.GetRawText()}'", "non-negative integers");
            }
            numbers[index++] = number;
        }
        return numbers;
    }
}
