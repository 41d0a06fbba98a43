using System.Text;

namespace LangExpand.Parallel.Tests;

/// <summary>In-memory inputs for readers that take a stream.</summary>
internal static class TextStreams
{
    public static MemoryStream Of(string text) => new(Encoding.UTF8.GetBytes(text));

    public static MemoryStream Of(byte[] bytes) => new(bytes);
}
