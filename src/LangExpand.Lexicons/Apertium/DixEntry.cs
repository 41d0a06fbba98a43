using System.Text;
using System.Xml;
using System.Xml.Linq;
using LangExpand.Core.Diagnostics;

namespace LangExpand.Lexicons.Apertium;

/// <summary>
/// Expands one <c>&lt;e&gt;</c> of an Apertium dictionary into its left/right pairs: the entry's parts (<c>&lt;p&gt;</c>
/// pairs, <c>&lt;i&gt;</c> identities, <c>&lt;par&gt;</c> paradigm references) are concatenated, a paradigm contributing
/// each of its alternatives. Inside a side, <c>&lt;b/&gt;</c> is a space, <c>&lt;j/&gt;</c> a <c>+</c>, <c>&lt;g&gt;</c>
/// (the invariable part of a multiword) contributes its content, and <c>&lt;s n="…"/&gt;</c> a tag.
/// </summary>
internal static class DixEntry
{
    /// <summary>
    /// The pairs of <paramref name="entry"/>, or an empty list for an entry the compiler leaves out: one marked
    /// <c>i="yes"</c> (ignored) and one with a <c>&lt;re&gt;</c> regular expression (its words cannot be listed).
    /// </summary>
    public static IReadOnlyList<DixPair> Expand(XElement entry, IReadOnlyDictionary<string, List<DixPair>> paradigms, string source)
    {
        if ((string?)entry.Attribute("i") == "yes" || entry.Elements("re").Any())
        {
            return [];
        }
        IReadOnlyList<DixPair> pairs = [DixPair.Empty with { Direction = Direction(entry, source) }];
        foreach (var node in entry.Nodes())
        {
            IReadOnlyList<DixPair> part = node switch
            {
                XElement { Name.LocalName: "p" } p => [new DixPair(Side(Child(p, "l", source), source), Side(Child(p, "r", source), source), LexiconDirection.Both)],
                XElement { Name.LocalName: "i" } i => [Identity(Side(i, source))],
                XElement { Name.LocalName: "par" } par => paradigms.GetValueOrDefault(Attribute(par, "n", source))
                    ?? throw Error(par, $"paradigm '{(string?)par.Attribute("n")}' is not defined before this entry", source),
                XElement other => throw Error(other, $"unexpected <{other.Name}> in <e>", source),
                XText text when !string.IsNullOrWhiteSpace(text.Value) => throw Error(entry, $"text '{text.Value.Trim()}' directly in <e>", source),
                _ => [DixPair.Empty],
            };
            pairs = [.. pairs.SelectMany(first => part.Select(first.Then)).OfType<DixPair>()];
        }
        return pairs;
    }

    private static DixPair Identity(DixText side) => new(side, side, LexiconDirection.Both);

    /// <summary>The text and tags of a side element (<c>&lt;l&gt;</c>, <c>&lt;r&gt;</c>, <c>&lt;i&gt;</c> or a <c>&lt;g&gt;</c> inside one).</summary>
    private static DixText Side(XElement side, string source)
    {
        var text = new StringBuilder();
        var tags = new List<string>();
        Collect(side, text, tags, source);
        return new DixText(text.ToString(), tags);
    }

    private static void Collect(XElement side, StringBuilder text, List<string> tags, string source)
    {
        foreach (var node in side.Nodes())
        {
            switch (node)
            {
                case XText piece:
                    text.Append(piece.Value);
                    break;
                case XElement { Name.LocalName: "b" }:
                    text.Append(' ');
                    break;
                case XElement { Name.LocalName: "j" }:
                    text.Append('+');
                    break;
                case XElement { Name.LocalName: "s" } tag:
                    tags.Add(Attribute(tag, "n", source));
                    break;
                case XElement { Name.LocalName: "g" } group:
                    Collect(group, text, tags, source);
                    break;
                case XElement other:
                    throw Error(other, $"unexpected <{other.Name}> in <{side.Name}>", source);
            }
        }
    }

    private static LexiconDirection Direction(XElement entry, string source) => (string?)entry.Attribute("r") switch
    {
        null => LexiconDirection.Both,
        "LR" => LexiconDirection.SourceToTarget,
        "RL" => LexiconDirection.TargetToSource,
        var other => throw Error(entry, $"r=\"{other}\" is not LR or RL", source),
    };

    private static XElement Child(XElement parent, string name, string source) =>
        parent.Element(name) ?? throw Error(parent, $"<{parent.Name}> has no <{name}>", source);

    private static string Attribute(XElement element, string name, string source) =>
        (string?)element.Attribute(name) is { Length: > 0 } value ? value : throw Error(element, $"<{element.Name}> has no {name} attribute", source);

    /// <summary>An error at <paramref name="element"/>'s line and position.</summary>
    public static LangExpandException Error(XObject element, string problem, string source)
    {
        var info = (IXmlLineInfo)element;
        return new LangExpandException(ErrorCode.MalformedDocument, problem, new SourceLocation(source, info.LineNumber, info.LinePosition),
            "an Apertium dictionary: <e [r=\"LR|RL\"]> holding <p><l>…</l><r>…</r></p>, <i>…</i> or <par n=\"…\"/>; sides of text, <b/>, <j/>, <g>…</g> and <s n=\"…\"/>");
    }
}
