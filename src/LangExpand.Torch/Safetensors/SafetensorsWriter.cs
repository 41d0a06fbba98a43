using LangExpand.Core.IO;
using LangExpand.Torch.Runtime;
using static TorchSharp.torch;

namespace LangExpand.Torch.Safetensors;

/// <summary>
/// Writes libtorch tensors to a safetensors file (atomically; names in ordinal order, so the same tensors give the same
/// bytes), copying each tensor out in chunks.
/// </summary>
public static class SafetensorsWriter
{
    /// <summary>Writes <paramref name="tensors"/> and <paramref name="metadata"/> to <paramref name="path"/>.</summary>
    public static void Save(string path, IReadOnlyDictionary<string, Tensor> tensors, IReadOnlyDictionary<string, string>? metadata = null,
        int chunkBytes = ByteChunks.DefaultChunkBytes)
    {
        TorchRuntime.EnsureLoaded();
        var header = SafetensorsHeader.Plan(tensors.Select(pair => Spec(pair.Key, pair.Value)), metadata);
        AtomicFile.Write(path, stream => SafetensorsRawWriter.Write(stream, header,
            (info, output) => WriteTensor(tensors[info.Name], info, output, chunkBytes)));
    }

    /// <summary>The name, element type and shape under which <paramref name="tensor"/> is stored.</summary>
    public static SafetensorsTensorSpec Spec(string name, Tensor tensor) => new(name, tensor.dtype.ToSafetensors(), tensor.shape);

    private static void WriteTensor(Tensor tensor, SafetensorsTensorInfo info, Stream output, int chunkBytes)
    {
        using var scope = NewDisposeScope();
        var flat = tensor.detach().cpu().contiguous().view(-1);
        var size = info.DType.ElementSize();
        foreach (var (offset, length) in ByteChunks.Split(info.ByteLength, chunkBytes, size))
        {
            output.Write(flat.narrow(0, offset / size, length / size).bytes);
        }
    }
}
