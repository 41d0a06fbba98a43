using LangExpand.Torch.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace LangExpand.Torch.Safetensors;

/// <summary>Reads safetensors files into libtorch tensors, copying each tensor in chunks straight into its memory.</summary>
public static class SafetensorsReader
{
    /// <summary>
    /// All tensors of the file at <paramref name="path"/>, by name; converted to <paramref name="dtype"/> and moved to
    /// <paramref name="device"/> when given. The caller owns (and disposes) the tensors.
    /// </summary>
    public static Dictionary<string, Tensor> Load(string path, ScalarType? dtype = null, Device? device = null, int chunkBytes = ByteChunks.DefaultChunkBytes)
    {
        using var file = SafetensorsFile.Open(path);
        return Load(file, file.Header.Tensors, dtype, device, chunkBytes);
    }

    /// <summary>The tensors <paramref name="tensors"/> (entries of <paramref name="file"/>'s header), by name.</summary>
    public static Dictionary<string, Tensor> Load(SafetensorsFile file, IEnumerable<SafetensorsTensorInfo> tensors, ScalarType? dtype = null, Device? device = null,
        int chunkBytes = ByteChunks.DefaultChunkBytes)
    {
        var loaded = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        try
        {
            foreach (var info in tensors)
            {
                loaded.Add(info.Name, ReadTensor(file, info, dtype, device, chunkBytes));
            }
            return loaded;
        }
        catch
        {
            foreach (var tensor in loaded.Values)
            {
                tensor.Dispose();
            }
            throw;
        }
    }

    /// <summary>One tensor of <paramref name="file"/>, read in chunks of at most <paramref name="chunkBytes"/> bytes.</summary>
    public static Tensor ReadTensor(SafetensorsFile file, SafetensorsTensorInfo info, ScalarType? dtype = null, Device? device = null,
        int chunkBytes = ByteChunks.DefaultChunkBytes)
    {
        TorchRuntime.EnsureLoaded();
        var tensor = empty(info.Shape.ToArray(), info.DType.ToScalarType());
        var size = info.DType.ElementSize();
        using (var flat = tensor.view(-1))
        {
            foreach (var (offset, length) in ByteChunks.Split(info.ByteLength, chunkBytes, size))
            {
                using var slice = flat.narrow(0, offset / size, length / size);
                file.Read(info, offset, slice.bytes);
            }
        }
        return Convert(tensor, dtype, device);
    }

    private static Tensor Convert(Tensor tensor, ScalarType? dtype, Device? device)
    {
        if (dtype is { } type && type != tensor.dtype)
        {
            var converted = tensor.to_type(type);
            tensor.Dispose();
            tensor = converted;
        }
        if (device is not null && device.type != DeviceType.CPU)
        {
            var moved = tensor.to(device);
            tensor.Dispose();
            tensor = moved;
        }
        return tensor;
    }
}
