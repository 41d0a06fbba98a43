using System.Buffers.Binary;
using System.Text;

namespace LangExpand.Tokenization.SentencePiece;

/// <summary>
/// Reads protocol-buffer fields one by one. Malformed bytes (truncated varints or lengths, unknown wire types) throw
/// <see cref="FormatException"/> with the byte offset, which the model reader turns into an error naming the file.
/// </summary>
internal ref struct ProtoReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> data = data;

    public int Position { get; private set; }

    public readonly bool AtEnd => Position >= data.Length;

    /// <summary>Reads the next tag; returns the field number and wire type.</summary>
    public (int Field, int Wire) Tag()
    {
        var tag = RawVarint();
        var field = (int)(tag >> 3);
        if (field == 0)
        {
            throw new FormatException($"field number 0 at byte {Position}");
        }
        return (field, (int)(tag & 7));
    }

    public long Varint() => (long)RawVarint();

    public float Float()
    {
        Need(4);
        var value = BinaryPrimitives.ReadSingleLittleEndian(data.Slice(Position, 4));
        Position += 4;
        return value;
    }

    public ReadOnlySpan<byte> LengthDelimited()
    {
        var length = RawVarint();
        if (length > (ulong)(data.Length - Position))
        {
            throw new FormatException($"a length of {length} bytes at byte {Position} runs past the end");
        }
        var slice = data.Slice(Position, (int)length);
        Position += (int)length;
        return slice;
    }

    public string String() => Encoding.UTF8.GetString(LengthDelimited());

    /// <summary>Skips the value of a field of wire type <paramref name="wire"/>.</summary>
    public void Skip(int wire)
    {
        switch (wire)
        {
            case ProtoWire.Varint: RawVarint(); break;
            case ProtoWire.Fixed64: Need(8); Position += 8; break;
            case ProtoWire.LengthDelimited: LengthDelimited(); break;
            case ProtoWire.Fixed32: Need(4); Position += 4; break;
            default: throw new FormatException($"unsupported wire type {wire} at byte {Position}");
        }
    }

    /// <summary>The encoded bytes from <paramref name="start"/> to the current position.</summary>
    public readonly ReadOnlySpan<byte> Since(int start) => data[start..Position];

    private void Need(int count)
    {
        if (Position + count > data.Length)
        {
            throw new FormatException($"{count} bytes expected at byte {Position}, the data ends");
        }
    }

    private ulong RawVarint()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            Need(1);
            var b = data[Position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
        throw new FormatException($"a varint longer than 10 bytes ends at byte {Position}");
    }
}
