using LangExpand.Core.FiniteState;
using LangExpand.Core.Inflection;

namespace LangExpand.Parallel.Induction;

/// <summary>
/// A morphological lexicon seen from the text side: the lemmas each (lower-cased) word form may belong to, so that the
/// inflected forms of a lemma vote together during lexicon induction. Built from a UniMorph/SIGMORPHON table or from
/// the paths of an Apertium analyser.
/// </summary>
public sealed class FormLemmas
{
    private readonly Dictionary<string, string[]> _lemmas;

    private FormLemmas(Dictionary<string, string[]> lemmas) => _lemmas = lemmas;

    /// <summary>Forms known.</summary>
    public int Count => _lemmas.Count;

    /// <summary>The lemmas of <paramref name="form"/> (lower-cased, ordinal order), or the form itself when unknown.</summary>
    public IReadOnlyList<string> Lemmas(string form) => _lemmas.TryGetValue(form.ToLowerInvariant(), out var lemmas) ? lemmas : [form];

    /// <summary>From (form, lemma) pairs; both sides are lower-cased and each form keeps its distinct lemmas.</summary>
    public static FormLemmas FromPairs(IEnumerable<(string Form, string Lemma)> pairs) =>
        new(pairs.Where(p => p.Form.Length > 0 && p.Lemma.Length > 0)
            .GroupBy(p => p.Form.ToLowerInvariant(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Lemma.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal));

    /// <summary>From inflection triples: every form of a lemma maps to it (the lemma maps to itself).</summary>
    public static FormLemmas FromTriples(IEnumerable<InflectionTriple> triples) =>
        FromPairs(triples.SelectMany(t => t.Form is null ? [(t.Lemma, t.Lemma)] : new[] { (t.Form, t.Lemma), (t.Lemma, t.Lemma) }));

    /// <summary>
    /// From an Apertium analyser (AT&amp;T text of <c>lt-print X.automorf.bin</c>): each path's surface side is a form, the
    /// text before the first tag on its lexical side is a lemma; compound analyses (<c>+</c>) give their first lemma.
    /// </summary>
    public static FormLemmas FromAnalyser(AttTransducer analyser) =>
        FromPairs(TransducerPaths.Enumerate(analyser).Select(path =>
        {
            var (surface, lexical) = analyser.TagsOnInput ? (path.Output, path.Input) : (path.Input, path.Output);
            var tag = lexical.IndexOf('<');
            return (surface, tag < 0 ? lexical : lexical[..tag]);
        }));
}
