using System.Globalization;
using System.Text;
using LangExpand.Core.Annotated;
using LangExpand.Lexicons;
using LangExpand.Synthesis.Inflection;

namespace LangExpand.Synthesis.Labelled;

/// <summary>What a substituted CoNLL-U word records in MISC, and the sentence text rebuilt from its tokens.</summary>
internal static class Provenance
{
    /// <summary>Confidence of a substitution: the entry's score (capped at 1) times how reliable the form is.</summary>
    public static double Confidence(LexiconEntry entry, InflectionSource source) =>
        Math.Min(1, Math.Max(0, entry.Score)) * source switch { InflectionSource.Table => 1.0, InflectionSource.Copied => 0.9, InflectionSource.Model => 0.8, _ => 0.5 };

    /// <summary><c>LexEntry=resource:line|Inflection=table|Bundle=…|Confidence=0.9</c>, with MISC's separators escaped.</summary>
    public static string Misc(LexiconEntry entry, ReInflection result)
    {
        var text = new StringBuilder($"LexEntry={Escape(entry.Provenance.Resource)}:{entry.Provenance.Line}");
        text.Append($"|Inflection={result.Source.ToString().ToLowerInvariant()}");
        if (result.Features is { } bundle)
        {
            text.Append($"|Bundle={Escape(bundle)}");
        }
        text.Append(CultureInfo.InvariantCulture, $"|Confidence={Confidence(entry, result.Source):0.###}");
        return text.ToString();
    }

    /// <summary>The surface text of the tokens: multiword tokens stand for their words; <c>SpaceAfter=No</c> is honoured.</summary>
    public static string Text(IReadOnlyList<ConlluLine> lines)
    {
        var text = new StringBuilder();
        var coveredUntil = 0;
        foreach (var line in lines)
        {
            var id = line.Id;
            if (line.Kind == ConlluLineKind.EmptyNode || line.Kind == ConlluLineKind.Word && int.Parse(id, CultureInfo.InvariantCulture) <= coveredUntil)
            {
                continue;
            }
            if (line.Kind == ConlluLineKind.MultiwordToken)
            {
                coveredUntil = int.Parse(id[(id.IndexOf('-') + 1)..], CultureInfo.InvariantCulture);
            }
            text.Append(line.Form);
            if (!line.Misc.Split('|').Contains("SpaceAfter=No"))
            {
                text.Append(' ');
            }
        }
        return text.ToString().TrimEnd(' ');
    }

    private static string Escape(string value) => value.Replace('|', '/').Replace('=', ':').Replace(' ', '_');
}
