using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using LangExpand.Core.Diagnostics;

namespace LangExpand.Parallel.Text;

/// <summary>
/// Safe XML reading for the XML formats: DTDs (and with them external entities) are refused, nothing is resolved over the
/// network or from disk, and any XML error becomes a <see cref="LangExpandException"/> naming the file, line and column.
/// </summary>
internal static partial class XmlInput
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>Opens <paramref name="path"/>, failing with <see cref="ErrorCode.MissingInput"/> when it does not exist.</summary>
    public static FileStream Open(string path) => File.Exists(path)
        ? File.OpenRead(path)
        : throw new LangExpandException(ErrorCode.MissingInput, $"file not found: {path}");

    /// <summary>Runs <paramref name="read"/> over an XML reader on <paramref name="stream"/>, translating XML errors.</summary>
    public static T Read<T>(Stream stream, string name, Func<XmlReader, T> read)
    {
        XmlReader? reader = null;
        try
        {
            // Create already reads the first bytes (a byte-order mark, the declaration), so it may throw too.
            reader = XmlReader.Create(stream, Settings);
            return read(reader);
        }
        catch (XmlException e)
        {
            var problem = e.Message.Contains("DTD", StringComparison.Ordinal)
                ? "a document type declaration (DTD) is not allowed"
                : Position().Replace(e.Message, "").TrimEnd('.');
            var location = e.LineNumber > 0 || reader is null ? new SourceLocation(name, e.LineNumber, e.LinePosition) : Location(reader, name);
            throw new LangExpandException(ErrorCode.MalformedDocument, problem, location, "well-formed XML without a DTD", e);
        }
        finally
        {
            reader?.Dispose();
        }
    }

    /// <summary>An error at the reader's current position.</summary>
    public static LangExpandException Error(XmlReader reader, string name, string problem, string? expected = null) =>
        new(ErrorCode.MalformedDocument, problem, Location(reader, name), expected);

    /// <summary>The reader's current position as a file:line:column location.</summary>
    public static SourceLocation Location(XmlReader reader, string name) =>
        reader is IXmlLineInfo { } info && info.HasLineInfo() ? new SourceLocation(name, info.LineNumber, info.LinePosition) : new SourceLocation(name, 0);

    /// <summary>
    /// The text inside the element the reader is on, with runs of white space collapsed to one space and the ends trimmed,
    /// leaving the reader on the element's end tag. Text inside child elements counts unless <paramref name="skip"/> names them.
    /// </summary>
    public static string ElementText(XmlReader reader, Func<string, bool>? skip = null)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }
        var depth = reader.Depth;
        var text = new StringBuilder();
        var skipping = -1;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && skipping < 0 && skip?.Invoke(reader.LocalName) == true && !reader.IsEmptyElement)
            {
                skipping = reader.Depth;
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == skipping)
            {
                skipping = -1;
            }
            else if (skipping < 0 && reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                text.Append(reader.Value);
            }
        }
        return Spaces().Replace(text.ToString(), " ").Trim();
    }

    [GeneratedRegex(@" Line \d+, position \d+\.$")]
    private static partial Regex Position();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
