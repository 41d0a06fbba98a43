using System.Text;

namespace LangExpand.Morphology.Classifier;

/// <summary>
/// The classifier's <c>weights.bin</c>, little-endian: the ASCII magic <c>LXEW</c>; <c>uint32</c> format version (1);
/// <c>uint32</c> hash bits <c>b</c>; <c>uint32</c> count <c>n</c>; then <c>n</c> entries of <c>uint32</c> slot and
/// <c>float32</c> weight, slots strictly ascending and below <c>2^b</c>. Slots not listed weigh 0.
/// </summary>
internal static class WeightFile
{
    private const string Magic = "LXEW";
    private const uint Version = 1;

    /// <summary>Writes the non-zero weights of <paramref name="weights"/> (a table of <c>2^bits</c> slots).</summary>
    public static void Write(string path, float[] weights, int bits)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(Version);
        writer.Write((uint)bits);
        writer.Write((uint)weights.Count(w => w != 0));
        for (var slot = 0; slot < weights.Length; slot++)
        {
            if (weights[slot] != 0)
            {
                writer.Write((uint)slot);
                writer.Write(weights[slot]);
            }
        }
    }

    /// <summary>Reads a table of <c>2^bits</c> slots; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static float[] Read(string path, int bits)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        var length = reader.BaseStream.Length;
        if (length < 16 || Encoding.ASCII.GetString(reader.ReadBytes(4)) != Magic)
        {
            throw new FormatException($"not a weight file (no '{Magic}' header)");
        }
        var (version, fileBits, count) = (reader.ReadUInt32(), reader.ReadUInt32(), reader.ReadUInt32());
        if (version != Version || fileBits != bits || length != 16 + 8L * count)
        {
            throw new FormatException($"weight file version {version}, {fileBits} hash bits, {count} entries in {length} bytes; expected version {Version}, {bits} bits, {16 + 8L * count} bytes");
        }
        var weights = new float[1 << bits];
        var previous = -1L;
        for (var i = 0; i < count; i++)
        {
            var slot = reader.ReadUInt32();
            if (slot <= previous || slot >= weights.Length)
            {
                throw new FormatException($"entry {i}: slot {slot} is out of order or beyond the table of {weights.Length} slots");
            }
            weights[slot] = reader.ReadSingle();
            previous = slot;
        }
        return weights;
    }
}
