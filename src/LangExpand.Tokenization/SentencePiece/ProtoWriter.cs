using System.Buffers.Binary;
using System.Text;

namespace LangExpand.Tokenization.SentencePiece;

/// <summary>Protocol-buffer wire encoding (varints, 32-bit floats, length-delimited fields), enough for ModelProto.</summary>
internal sealed class ProtoWriter
{
    private readonly MemoryStream buffer = new();

    public byte[] ToArray() => buffer.ToArray();

    public void Varint(int field, long value)
    {
        Tag(field, ProtoWire.Varint);
        RawVarint((ulong)value);
    }

    public void Bool(int field, bool value) => Varint(field, value ? 1 : 0);

    public void Float(int field, float value)
    {
        Tag(field, ProtoWire.Fixed32);
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteSingleLittleEndian(bytes, value);
        buffer.Write(bytes);
    }

    public void String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

    public void Bytes(int field, ReadOnlySpan<byte> value)
    {
        Tag(field, ProtoWire.LengthDelimited);
        RawVarint((ulong)value.Length);
        buffer.Write(value);
    }

    /// <summary>Copies fields kept verbatim from a file that was read (tags included).</summary>
    public void Raw(ReadOnlySpan<byte> encodedFields) => buffer.Write(encodedFields);

    private void Tag(int field, int wire) => RawVarint((ulong)((field << 3) | wire));

    private void RawVarint(ulong value)
    {
        while (value >= 0x80)
        {
            buffer.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }
        buffer.WriteByte((byte)value);
    }
}
