using System.Buffers.Binary;
using System.Text;

namespace LangExpand.Torch.Tests.Safetensors;

/// <summary>Builds safetensors files by hand, following the published format, for tests.</summary>
internal static class SafetensorsBytes
{
    /// <summary>The 8-byte little-endian length, the JSON padded with spaces to a multiple of 8, then the data.</summary>
    public static byte[] Build(string json, byte[] data, bool pad = true)
    {
        var header = Encoding.UTF8.GetBytes(json);
        var length = pad ? (header.Length + 7) / 8 * 8 : header.Length;
        var bytes = new byte[8 + length + data.Length];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, (ulong)length);
        header.CopyTo(bytes, 8);
        bytes.AsSpan(8 + header.Length, length - header.Length).Fill((byte)' ');
        data.CopyTo(bytes, 8 + length);
        return bytes;
    }

}
