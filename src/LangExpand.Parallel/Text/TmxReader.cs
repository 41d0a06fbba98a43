using System.Xml;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.Languages;

namespace LangExpand.Parallel.Text;

/// <summary>
/// Reads sentence pairs from a TMX 1.4 translation memory: each <c>&lt;tu&gt;</c> with a <c>&lt;tuv&gt;</c> in the source
/// and one in the target language gives a pair (the first variant of each language counts). Languages are matched by
/// <c>xml:lang</c> (or TMX 1.1's <c>lang</c>) as languages, not strings: case and region do not matter (<c>en</c>,
/// <c>EN-us</c> and <c>eng</c> are all English). Inline native codes (<c>bpt ept ph it ut</c>) are dropped from the text.
/// DTDs and external entities are refused.
/// </summary>
public static class TmxReader
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private static readonly HashSet<string> NativeCode = ["bpt", "ept", "ph", "it", "ut"];

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static TmxContent Read(string path, LanguageCode source, LanguageCode target)
    {
        using var stream = XmlInput.Open(path);
        return Read(stream, path, source, target);
    }

    /// <summary>Reads <paramref name="stream"/>; <paramref name="name"/> names it in errors.</summary>
    public static TmxContent Read(Stream stream, string name, LanguageCode source, LanguageCode target)
    {
        if (source == target)
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"source and target language are both {source.Name}", expected: "two different languages");
        }
        return XmlInput.Read(stream, name, reader => ReadUnits(reader, name, source, target));
    }

    /// <summary>True when the TMX language tag <paramref name="tag"/> names <paramref name="language"/>, ignoring case and region.</summary>
    public static bool Matches(string tag, LanguageCode language)
    {
        if (LanguageCode.TryParse(tag, out var parsed))
        {
            return parsed == language;
        }
        var primary = tag.Split('-', '_')[0];
        return primary.Equals(language.Iso639_3, StringComparison.OrdinalIgnoreCase) || primary.Equals(language.Iso639_1, StringComparison.OrdinalIgnoreCase);
    }

    private static TmxContent ReadUnits(XmlReader reader, string name, LanguageCode source, LanguageCode target)
    {
        reader.MoveToContent();
        if (reader.LocalName != "tmx")
        {
            throw XmlInput.Error(reader, name, $"the document element is <{reader.LocalName}>", "<tmx>, a TMX translation memory");
        }
        var pairs = new List<SentencePair>();
        var units = 0;
        string? id = null, sourceText = null, targetText = null, language = null;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "tu")
            {
                units++;
                if (sourceText is not null && targetText is not null)
                {
                    pairs.Add(new SentencePair(sourceText, targetText, id));
                }
                (id, sourceText, targetText) = (null, null, null);
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "tu")
            {
                id = reader.GetAttribute("tuid");
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "tuv")
            {
                language = reader.GetAttribute("lang", XmlNamespace) ?? reader.GetAttribute("lang")
                    ?? throw XmlInput.Error(reader, name, "a <tuv> without a language", "xml:lang=\"…\"");
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "seg" && language is not null)
            {
                var text = XmlInput.ElementText(reader, NativeCode.Contains);
                if (sourceText is null && Matches(language, source))
                {
                    sourceText = text;
                }
                else if (targetText is null && Matches(language, target))
                {
                    targetText = text;
                }
            }
        }
        return new TmxContent(pairs, units);
    }
}

/// <summary>What a TMX file gave.</summary>
/// <param name="Pairs">One pair per translation unit that had both languages, in file order, with the unit's <c>tuid</c>.</param>
/// <param name="Units">Translation units in the file.</param>
public sealed record TmxContent(IReadOnlyList<SentencePair> Pairs, int Units)
{
    /// <summary>Units left out because they lacked one of the languages.</summary>
    public int Skipped => Units - Pairs.Count;
}
