namespace LangExpand.Torch.Safetensors;

/// <summary>
/// Splits a tensor's bytes into chunks that each fit in a span (so no single buffer exceeds
/// <see cref="int.MaxValue"/> bytes) and hold whole elements.
/// </summary>
public static class ByteChunks
{
    /// <summary>The default chunk: 64 MiB.</summary>
    public const int DefaultChunkBytes = 64 << 20;

    /// <summary>
    /// The (offset, length) ranges, in order, covering <paramref name="length"/> bytes with at most
    /// <paramref name="chunkBytes"/> bytes each, rounded down to whole elements of <paramref name="elementSize"/> bytes
    /// (at least one element per chunk).
    /// </summary>
    public static IEnumerable<(long Offset, int Length)> Split(long length, int chunkBytes, int elementSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunkBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(elementSize);
        var step = Math.Max(elementSize, chunkBytes / elementSize * elementSize);
        for (long offset = 0; offset < length; offset += step)
        {
            yield return (offset, (int)Math.Min(step, length - offset));
        }
    }
}
