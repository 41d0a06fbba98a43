using LangExpand.Core.Features;
using LangExpand.Core.Inflection;

namespace LangExpand.Morphology.Apertium;

/// <summary>Turns Apertium analyses into inflection triples, one per (lemma, features).</summary>
public static class ApertiumTriples
{
    /// <summary>
    /// The triples of the analyses that <paramref name="rules"/> keep, sorted by lemma and then features (ordinal). Where
    /// several forms share a lemma and features (Spanish <c>hablara</c>/<c>hablase</c>), the ordinally smallest is kept, so
    /// the result does not depend on the order of the analyses.
    /// </summary>
    public static IReadOnlyList<InflectionTriple> Build(IEnumerable<ApertiumAnalysis> analyses, AnalysisRules rules)
    {
        var forms = new Dictionary<(string Lemma, FeatureBundle Features), string>();
        foreach (var triple in analyses.Select(rules.ToTriple).OfType<InflectionTriple>())
        {
            var key = (triple.Lemma, triple.Features);
            if (!forms.TryGetValue(key, out var kept) || string.CompareOrdinal(triple.Form, kept) < 0)
            {
                forms[key] = triple.Form!;
            }
        }
        return forms.Select(p => new InflectionTriple(p.Key.Lemma, p.Key.Features, p.Value))
            .OrderBy(t => t.Lemma, StringComparer.Ordinal)
            .ThenBy(t => t.Features.ToString(), StringComparer.Ordinal)
            .ToList();
    }
}
