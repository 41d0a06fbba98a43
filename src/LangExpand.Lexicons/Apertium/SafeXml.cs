using System.Xml;

namespace LangExpand.Lexicons.Apertium;

/// <summary>XML reading that processes no DTD and fetches nothing: a document declaring a DTD is an error.</summary>
internal static class SafeXml
{
    public static XmlReaderSettings Settings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };
}
