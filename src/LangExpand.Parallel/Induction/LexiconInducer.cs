using LangExpand.Lexicons;
using LangExpand.Parallel.Alignment;
using LangExpand.Parallel.Corpus;

namespace LangExpand.Parallel.Induction;

/// <summary>
/// Induces a bilingual lexicon from word-aligned text: counts linked (source, target) word pairs — lemma pairs when
/// <see cref="FormLemmas"/> are given, a form with several lemmas sharing its vote — and keeps pairs whose count and
/// both conditional probabilities p(t|s), p(s|t) pass the thresholds. The score is √(p(t|s)·p(s|t)), which ranks
/// a word's translations by how much they prefer each other rather than by frequency alone. Tokens without a letter
/// (numbers, punctuation) are not counted. Deterministic: counts are summed sentence by sentence in corpus order.
/// </summary>
public static class LexiconInducer
{
    /// <summary>The geometric mean of p(t|s) and p(s|t): high only for pairs that prefer each other.</summary>
    private static double Score(double links, double sourceLinks, double targetLinks) => Math.Sqrt(links / sourceLinks * (links / targetLinks));

    /// <summary>Induces the lexicon; <paramref name="resource"/> names the corpus in each entry's provenance.</summary>
    public static IReadOnlyList<LexiconEntry> Induce(ParallelCorpus corpus, IReadOnlyList<WordAlignment> alignments, string resource,
        InductionOptions? options = null, FormLemmas? sourceLemmas = null, FormLemmas? targetLemmas = null)
    {
        options ??= new InductionOptions();
        var source = new LemmaIndex(corpus.SourceVocabulary, sourceLemmas);
        var target = new LemmaIndex(corpus.TargetVocabulary, targetLemmas);
        var pairs = new Dictionary<long, double>();
        var sourceLinks = new double[source.Count];
        var targetLinks = new double[target.Count];
        var sourceFrequency = new double[source.Count];
        for (var k = 0; k < corpus.Count; k++)
        {
            var words = corpus.Source(k);
            var translations = corpus.Target(k);
            foreach (var word in words)
            {
                source.Vote(word, (lemma, weight) => sourceFrequency[lemma] += weight);
            }
            foreach (var link in alignments[k].Links)
            {
                var s = words[link.Source];
                var t = translations[link.Target];
                source.Vote(s, (ls, ws) => target.Vote(t, (lt, wt) =>
                {
                    var key = ((long)ls << 32) | (uint)lt;
                    pairs[key] = pairs.GetValueOrDefault(key) + ws * wt;
                    sourceLinks[ls] += ws * wt;
                    targetLinks[lt] += ws * wt;
                }));
            }
        }
        return pairs
            .Select(p => (Source: (int)(p.Key >> 32), Target: (int)(uint)p.Key, Links: p.Value))
            .Where(p => p.Links >= options.MinLinks && sourceFrequency[p.Source] >= options.MinSourceFrequency
                && p.Links / sourceLinks[p.Source] >= options.MinForward && p.Links / targetLinks[p.Target] >= options.MinBackward)
            .GroupBy(p => source[p.Source], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g.Select(p => (p.Source, p.Target, Score: Score(p.Links, sourceLinks[p.Source], targetLinks[p.Target])))
                .OrderByDescending(p => p.Score).ThenBy(p => target[p.Target], StringComparer.Ordinal).Take(options.MaxPerSource))
            .Select(p => new LexiconEntry(new LexiconSide(source[p.Source]), new LexiconSide(target[p.Target]),
                Math.Round(p.Score, 6), LexiconDirection.Both, new LexiconProvenance(resource, 0, LexiconOrigin.Induced)))
            .ToList();
    }
}
