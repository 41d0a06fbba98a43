using System.Text;
using LangExpand.Morphology.Data;

namespace LangExpand.Morphology.Tests.Data;

/// <summary>Reads and writes inflection data held in strings, the way the reader and writer see streams.</summary>
internal static class InflectionText
{
    public static InflectionDataset Read(string name, string content, InflectionFormat? format = null) =>
        Read(name, Encoding.UTF8.GetBytes(content), format);

    public static InflectionDataset Read(string name, byte[] content, InflectionFormat? format = null) =>
        InflectionReader.Read(new MemoryStream(content), name, format);

    public static byte[] WriteBytes(InflectionDataset dataset)
    {
        using var stream = new MemoryStream();
        InflectionWriter.Write(dataset, stream);
        return stream.ToArray();
    }

    public static string Write(InflectionDataset dataset) => Encoding.UTF8.GetString(WriteBytes(dataset));
}
