namespace LangExpand.Torch.Safetensors;

/// <summary>One tensor's entry in a safetensors header.</summary>
/// <param name="Name">The tensor's name (a state-dict key).</param>
/// <param name="DType">The element type.</param>
/// <param name="Shape">The dimensions; empty for a scalar.</param>
/// <param name="Begin">First byte, relative to the data buffer after the header.</param>
/// <param name="End">One past the last byte, relative to the data buffer.</param>
public sealed record SafetensorsTensorInfo(string Name, SafetensorsDType DType, IReadOnlyList<long> Shape, long Begin, long End)
{
    /// <summary>The number of elements (the product of <see cref="Shape"/>; 1 for a scalar).</summary>
    public long ElementCount => ElementsOf(Shape);

    /// <summary>The number of bytes the data occupies.</summary>
    public long ByteLength => End - Begin;

    /// <summary>The product of <paramref name="shape"/>, checked for overflow.</summary>
    public static long ElementsOf(IReadOnlyList<long> shape)
    {
        long count = 1;
        foreach (var dimension in shape)
        {
            count = checked(count * dimension);
        }
        return count;
    }
}
