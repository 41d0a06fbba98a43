using System.Xml;
using System.Xml.Linq;
using LangExpand.Core.Diagnostics;
using LangExpand.Lexicons.Formats;

namespace LangExpand.Lexicons.Apertium;

/// <summary>Walks a dictionary's XML: collects paradigms, and hands out the entries of one section <c>&lt;e&gt;</c> at a time.</summary>
internal sealed class DixCursor(XmlReader xml, string source, string? resource)
{
    /// <summary>The elements allowed outside entries, with the parent each must have.</summary>
    private static readonly Dictionary<string, string?> Parents = new(StringComparer.Ordinal)
    {
        ["dictionary"] = null, ["alphabet"] = "dictionary", ["sdefs"] = "dictionary", ["sdef"] = "sdefs",
        ["pardefs"] = "dictionary", ["pardef"] = "pardefs", ["section"] = "dictionary",
    };

    private readonly string _resource = ResourceName.Of(source, resource);
    private readonly Dictionary<string, List<DixPair>> _paradigms = new(StringComparer.Ordinal);
    private readonly Stack<string> _open = new();
    private string? _paradigm;

    /// <summary>The entries of the next section entry (possibly none), or null at the end of the document.</summary>
    public IReadOnlyList<LexiconEntry>? Next()
    {
        try
        {
            return NextEntries();
        }
        catch (XmlException e)
        {
            throw Malformed(e, source);
        }
    }

    /// <summary>The error for an XML error in <paramref name="source"/>, from <see cref="XmlReader.Create(Stream, XmlReaderSettings)"/> or a read.</summary>
    public static LangExpandException Malformed(XmlException e, string source)
    {
        // .NET reports a refused DTD without a position (line 0) and with advice to turn DTD processing on, which we never do.
        var problem = e.LineNumber == 0 && e.Message.Contains("DTD", StringComparison.Ordinal)
            ? "the document declares a DTD (<!DOCTYPE …>), which is refused: no DTD, entity or external resource is processed"
            : e.Message;
        return new LangExpandException(ErrorCode.MalformedDocument, problem, new SourceLocation(source, e.LineNumber, e.LinePosition),
            "well-formed XML without a DTD (<!DOCTYPE>) or entity declarations", e);
    }

    private IReadOnlyList<LexiconEntry>? NextEntries()
    {
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement)
            {
                _open.Pop();
                continue;
            }
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            var parent = _open.TryPeek(out var open) ? open : null;
            if (xml.LocalName == "e" && parent is "pardef" or "section")
            {
                var line = ((IXmlLineInfo)xml).LineNumber;
                IReadOnlyList<DixPair> pairs;
                using (var entry = xml.ReadSubtree())
                {
                    pairs = DixEntry.Expand(XElement.Load(entry, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace), _paradigms, source);
                }
                if (parent == "section")
                {
                    return [.. pairs.Select(pair => Entry(pair, line)).OfType<LexiconEntry>()];
                }
                _paradigms[_paradigm!].AddRange(pairs);
                continue;
            }
            if (!Parents.TryGetValue(xml.LocalName, out var expected) || expected != parent)
            {
                throw Error($"unexpected <{xml.LocalName}> in {(parent is null ? "the document" : $"<{parent}>")}");
            }
            if (xml.LocalName == "pardef")
            {
                _paradigm = xml.GetAttribute("n") is { Length: > 0 } name ? name : throw Error("<pardef> has no n attribute");
                _paradigms[_paradigm] = [];
            }
            if (!xml.IsEmptyElement)
            {
                _open.Push(xml.LocalName);
            }
        }
        return null;
    }

    private LangExpandException Error(string problem)
    {
        var info = (IXmlLineInfo)xml;
        return new LangExpandException(ErrorCode.MalformedDocument, problem, new SourceLocation(source, info.LineNumber, info.LinePosition),
            "an Apertium dictionary: <dictionary> with <alphabet>, <sdefs>, <pardefs> and <section>s holding <e> entries");
    }

    /// <summary>The lexicon entry of a pair, or null when a side has no text; invalid tags are an error at the entry's line.</summary>
    private LexiconEntry? Entry(DixPair pair, int line)
    {
        if (pair.Left.Text.Length == 0 || pair.Right.Text.Length == 0)
        {
            return null;
        }
        foreach (var side in new[] { pair.Left, pair.Right })
        {
            if (LexiconText.Problem(side.Text, null, side.Tags) is { } problem)
            {
                throw new LangExpandException(ErrorCode.MalformedDocument, problem, new SourceLocation(source, line),
                    "entry sides without tabs or line breaks, and tag names without ';'");
            }
        }
        return new LexiconEntry(LexiconSide.FromTagged(pair.Left.Text, pair.Left.Tags), LexiconSide.FromTagged(pair.Right.Text, pair.Right.Tags),
            1, pair.Direction, new LexiconProvenance(_resource, line));
    }
}
