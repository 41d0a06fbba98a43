namespace LangExpand.Torch.Safetensors;

/// <summary>A tensor to be written: its name, element type and shape (the data comes separately).</summary>
/// <param name="Name">The tensor's name.</param>
/// <param name="DType">The element type.</param>
/// <param name="Shape">The dimensions; empty for a scalar.</param>
public sealed record SafetensorsTensorSpec(string Name, SafetensorsDType DType, IReadOnlyList<long> Shape)
{
    /// <summary>The number of bytes the data occupies.</summary>
    public long ByteLength => checked(SafetensorsTensorInfo.ElementsOf(Shape) * DType.ElementSize());
}
