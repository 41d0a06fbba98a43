namespace LangExpand.Torch.Safetensors;

/// <summary>The element types a safetensors file can declare (the header's <c>dtype</c> strings).</summary>
public enum SafetensorsDType
{
    /// <summary><c>F64</c>: IEEE 754 binary64.</summary>
    F64,

    /// <summary><c>F32</c>: IEEE 754 binary32.</summary>
    F32,

    /// <summary><c>F16</c>: IEEE 754 binary16.</summary>
    F16,

    /// <summary><c>BF16</c>: bfloat16 (the upper half of a binary32).</summary>
    BF16,

    /// <summary><c>I64</c>: signed 64-bit integer.</summary>
    I64,

    /// <summary><c>I32</c>: signed 32-bit integer.</summary>
    I32,

    /// <summary><c>I16</c>: signed 16-bit integer.</summary>
    I16,

    /// <summary><c>I8</c>: signed 8-bit integer.</summary>
    I8,

    /// <summary><c>U8</c>: unsigned 8-bit integer.</summary>
    U8,

    /// <summary><c>BOOL</c>: one byte per element, 0 or 1.</summary>
    BOOL,
}

/// <summary>Sizes and header spellings of <see cref="SafetensorsDType"/>.</summary>
public static class SafetensorsDTypes
{
    /// <summary>The spellings a header may use, for error messages.</summary>
    public static string Known => string.Join(", ", Enum.GetNames<SafetensorsDType>());

    /// <summary>Bytes per element.</summary>
    public static int ElementSize(this SafetensorsDType dtype) => dtype switch
    {
        SafetensorsDType.F64 or SafetensorsDType.I64 => 8,
        SafetensorsDType.F32 or SafetensorsDType.I32 => 4,
        SafetensorsDType.F16 or SafetensorsDType.BF16 or SafetensorsDType.I16 => 2,
        _ => 1,
    };

    /// <summary>The header spelling (<c>F32</c>, <c>BF16</c>, …).</summary>
    public static string HeaderName(this SafetensorsDType dtype) => dtype.ToString();

    /// <summary>Parses a header spelling exactly (case-sensitive, as the format defines it).</summary>
    public static bool TryParse(string text, out SafetensorsDType dtype)
    {
        foreach (var candidate in Enum.GetValues<SafetensorsDType>())
        {
            if (candidate.HeaderName() == text)
            {
                dtype = candidate;
                return true;
            }
        }
        dtype = default;
        return false;
    }
}
