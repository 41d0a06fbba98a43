using System.Globalization;
using System.Text.Json.Nodes;
using LangExpand.Lexicons;
using LangExpand.Synthesis.Inflection;
using LangExpand.Synthesis.Substitution;

namespace LangExpand.Synthesis.Labelled;

/// <summary>What a substituted token records (CoNLL-U MISC, JSONL fields, TSV sidecar).</summary>
internal static class Provenance
{
    /// <summary>Confidence of a substitution: the entry's score (capped at 1) times how reliable the form is, rounded to 3 places.</summary>
    public static double Confidence(LexiconEntry entry, InflectionSource source) => Math.Round(
        Math.Min(1, Math.Max(0, entry.Score)) * source switch { InflectionSource.Table => 1.0, InflectionSource.Copied => 0.9, InflectionSource.Model => 0.8, _ => 0.5 }, 3);

    /// <summary>One substitution as a JSON object (for JSONL records): source and target text, entry, inflection, bundle, confidence.</summary>
    public static JsonObject Json(string source, string target, Alternative alternative)
    {
        var json = new JsonObject
        {
            ["source"] = source,
            ["target"] = target,
            ["entry"] = EntryId(alternative.Entry),
            ["inflection"] = Name(alternative.Result.Source),
        };
        if (alternative.Result.Features is { } bundle)
        {
            json["bundle"] = bundle;
        }
        json["confidence"] = Confidence(alternative.Entry, alternative.Result.Source);
        return json;
    }

    /// <summary>The lexicon entry's identity: <c>resource:line</c>.</summary>
    public static string EntryId(LexiconEntry entry) => $"{entry.Provenance.Resource}:{entry.Provenance.Line}";

    /// <summary>How a form was made, as written in provenance records (<c>table</c>, <c>model</c>, <c>lemma</c>, <c>copied</c>, <c>off</c>).</summary>
    public static string Name(InflectionSource source) => source switch
    {
        InflectionSource.Table => "table",
        InflectionSource.Model => "model",
        InflectionSource.Lemma => "lemma",
        InflectionSource.Off => "off",
        _ => "copied",
    };

    /// <summary>
    /// <c>LexEntry=resource:line|Inflection=table|Bundle=…|Confidence=0.9</c>, with MISC's separators escaped, then
    /// <c>|SourceFeats=…</c> (<see cref="SourceFeatsMisc"/>) when the word's FEATS were rewritten.
    /// </summary>
    public static string Misc(LexiconEntry entry, ReInflection result) => Misc(Escape(EntryId(entry)), result, entry);

    /// <summary>As <see cref="Misc(LexiconEntry, ReInflection)"/>, with the entry's escaped id given (callers cache it).</summary>
    public static string Misc(string escapedEntryId, ReInflection result, LexiconEntry entry)
    {
        var bundle = result.Features is { } features ? "|Bundle=" + Escape(features) : "";
        var confidence = Confidence(entry, result.Source).ToString("0.###", CultureInfo.InvariantCulture);
        var feats = result.Feats is { } rewritten ? $"|{SourceFeatsMisc.Name}={SourceFeatsMisc.Encode(rewritten.Source)}" : "";
        return string.Concat(["LexEntry=", escapedEntryId, "|Inflection=", Name(result.Source), bundle, "|Confidence=", confidence, feats]);
    }

    /// <summary><paramref name="value"/> with MISC's separators (<c>|</c>, <c>=</c>, space) replaced.</summary>
    public static string Escape(string value) => value.AsSpan().IndexOfAny("|= ") < 0 ? value : value.Replace('|', '/').Replace('=', ':').Replace(' ', '_');
}
