using System.Buffers.Binary;
using LangExpand.Core.Diagnostics;

namespace LangExpand.Torch.Safetensors;

/// <summary>
/// An open safetensors file: its checked header and random access to each tensor's raw little-endian bytes. No
/// libtorch involved; <see cref="SafetensorsReader"/> builds tensors on top of it.
/// </summary>
public sealed class SafetensorsFile : IDisposable
{
    private readonly FileStream _stream;

    private SafetensorsFile(string path, FileStream stream, SafetensorsHeader header, long dataStart)
    {
        Path = path;
        _stream = stream;
        Header = header;
        DataStart = dataStart;
    }

    /// <summary>The file's path.</summary>
    public string Path { get; }

    /// <summary>The checked header.</summary>
    public SafetensorsHeader Header { get; }

    /// <summary>The file offset where the data buffer begins (8 + the header length).</summary>
    public long DataStart { get; }

    /// <summary>Opens <paramref name="path"/> and checks its header against the file's size.</summary>
    public static SafetensorsFile Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new LangExpandException(ErrorCode.MissingInput, "the safetensors file does not exist", new SourceLocation(path, 0));
        }
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.RandomAccess);
        try
        {
            var prefix = new byte[8];
            if (stream.Length < 8)
            {
                throw SafetensorsHeader.Malformed(path, $"the file has {stream.Length} bytes, too few for the 8-byte header length", "a safetensors file");
            }
            stream.ReadExactly(prefix);
            var headerLength = BinaryPrimitives.ReadUInt64LittleEndian(prefix);
            if (headerLength > (ulong)(stream.Length - 8) || headerLength > SafetensorsHeader.MaxHeaderLength)
            {
                throw SafetensorsHeader.Malformed(path, $"the header length {headerLength} runs past the end of the {stream.Length}-byte file or over the {SafetensorsHeader.MaxHeaderLength}-byte limit",
                    "a little-endian u64 header length that fits in the file");
            }
            var json = new byte[headerLength];
            stream.ReadExactly(json);
            var dataStart = 8 + (long)headerLength;
            var header = SafetensorsHeader.Parse(json, stream.Length - dataStart, path);
            return new SafetensorsFile(path, stream, header, dataStart);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads <paramref name="destination"/>.Length bytes of <paramref name="tensor"/> starting at <paramref name="offset"/> within it.</summary>
    public void Read(SafetensorsTensorInfo tensor, long offset, Span<byte> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + destination.Length, tensor.ByteLength);
        _stream.Position = DataStart + tensor.Begin + offset;
        _stream.ReadExactly(destination);
    }

    /// <summary>All bytes of a tensor that fits in one array (small tensors; large ones are read in chunks with <see cref="Read"/>).</summary>
    public byte[] ReadBytes(SafetensorsTensorInfo tensor)
    {
        var bytes = new byte[checked((int)tensor.ByteLength)];
        Read(tensor, 0, bytes);
        return bytes;
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();
}
