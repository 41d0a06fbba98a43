using LangExpand.Core.Features;
using LangExpand.Core.Inflection;
using LangExpand.Lexicons.Merging;
using LangExpand.Synthesis.Substitution;

namespace LangExpand.Synthesis.Analysis;

/// <summary>
/// A form → lemma + features lookup built from the source language's UniMorph table, for input without lemmas and
/// features (plain text, token/tag TSV, utterances). A form with several analyses gets the one whose bundle is most
/// frequent in the table (ties: the first in the table); forms compare case-insensitively.
/// </summary>
public sealed class SourceAnalyser
{
    private readonly Dictionary<string, (string Lemma, FeatureBundle Bundle, string? Upos)> _analyses = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (string Lemma, FeatureBundle Bundle, string? Upos)>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    /// <summary>Indexes the triples that have forms.</summary>
    public SourceAnalyser(IEnumerable<InflectionTriple> triples)
    {
        var withForms = triples.Where(t => !string.IsNullOrEmpty(t.Form)).ToList();
        var frequency = withForms.CountBy(t => t.Features).ToDictionary();
        foreach (var triple in withForms)
        {
            var form = triple.Form!;
            if (!_analyses.TryGetValue(form, out var known) || frequency[triple.Features] > frequency[known.Bundle])
            {
                _analyses[form] = (triple.Lemma, triple.Features, PartOfSpeech.ToUniversal(triple.Features.PartOfSpeech));
            }
        }
        _bySpan = _analyses.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Distinct forms known.</summary>
    public int Count => _analyses.Count;

    /// <summary><paramref name="form"/> as a source token: with its lemma, UPOS and UniMorph analysis when the table has the form.</summary>
    public SourceToken Analyse(string form) =>
        _bySpan.TryGetValue(form, out var analysis) ? new SourceToken(form, analysis.Lemma, analysis.Upos, null, analysis.Bundle) : new SourceToken(form);
}
