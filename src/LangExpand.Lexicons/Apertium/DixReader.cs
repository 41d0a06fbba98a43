using System.Xml;
using LangExpand.Core.Diagnostics;

namespace LangExpand.Lexicons.Apertium;

/// <summary>
/// Reads an Apertium bilingual dictionary (<c>apertium-eu-en.eu-en.dix</c>), streaming entry by entry. The left side
/// is the source and the right side the target; each side's first <c>&lt;s n="…"/&gt;</c> is its part of speech and the
/// others its tags; <c>r="LR"</c> makes the entry source-to-target only and <c>r="RL"</c> target-to-source only. Paradigms
/// (<c>&lt;pardef&gt;</c>) are expanded where entries use them. Left out, as the compiler leaves them out or they list no
/// words: entries marked <c>i="yes"</c>, entries with a <c>&lt;re&gt;</c> regular expression, and pairs with an empty side.
/// Entries get score 1 and provenance this resource and the line of their <c>&lt;e&gt;</c>. A DTD, entity declarations or
/// external resources are refused, like malformed XML, with the line and position.
/// </summary>
public static class DixReader
{
    /// <summary>Reads the file at <paramref name="path"/>; <paramref name="resource"/> names it in provenance (default: the file name).</summary>
    public static IEnumerable<LexiconEntry> Read(string path, string? resource = null) =>
        File.Exists(path) ? ReadFile(path, resource) : throw new LangExpandException(ErrorCode.MissingInput, $"file not found: {path}");

    /// <summary>Reads <paramref name="stream"/>; <paramref name="sourceName"/> names it in errors and, by default, in provenance.</summary>
    public static IEnumerable<LexiconEntry> Read(Stream stream, string sourceName, string? resource = null)
    {
        XmlReader xml;
        try
        {
            xml = XmlReader.Create(stream, SafeXml.Settings); // reads the first bytes (a byte-order mark, the declaration) already
        }
        catch (XmlException e)
        {
            throw DixCursor.Malformed(e, sourceName);
        }
        using var owned = xml;
        var cursor = new DixCursor(xml, sourceName, resource);
        for (var entries = cursor.Next(); entries is not null; entries = cursor.Next())
        {
            foreach (var entry in entries)
            {
                yield return entry;
            }
        }
    }

    private static IEnumerable<LexiconEntry> ReadFile(string path, string? resource)
    {
        using var stream = File.OpenRead(path);
        foreach (var entry in Read(stream, path, resource))
        {
            yield return entry;
        }
    }
}
