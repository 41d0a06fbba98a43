using System.Globalization;
using LangExpand.Parallel.Alignment;
using LangExpand.Parallel.Corpus;
using LangExpand.Parallel.Text;
using LangExpand.Parallel.Tokenization;
using LangExpand.Tokenization;
using LangExpand.Tokenization.Extension;

namespace LangExpand.Adaptation.Vocabulary;

/// <summary>
/// Where a new token's embedding should start when parallel text is at hand (in the spirit of WECHSEL, Minixhofer et al.
/// 2022, with a word aligner in place of aligned static embeddings): both sides are cut into subwords — the source with the
/// old tokenizer, the target with the extended one — a fast_align-style model learns <c>p(source subword | target subword)</c>,
/// and each new token is anchored to its most probable source subwords. Its embedding then starts as their
/// probability-weighted mean, so that a target sentence starts out close to its translation in the encoder's space.
/// </summary>
public static class TranslationAnchors
{
    /// <summary>At most this many source subwords anchor one new token.</summary>
    public const int MaxAnchors = 5;

    /// <summary>Source subwords less probable than this do not anchor.</summary>
    public const double MinProbability = 0.05;

    /// <summary>The settings these anchors were measured with: tokens are subword ids (never cut to prefixes), 5 iterations, Model 1 first.</summary>
    private static readonly AlignmentOptions SubwordAlignment = new() { Iterations = 5, Model1Iterations = 1, StemLength = 0 };

    private static readonly TokenizerOptions IdTokens = new() { Mode = TokenizerMode.Whitespace, Lowercase = false, NormalizeToNfc = false };

    /// <summary>
    /// For each new token of <paramref name="extension"/> that the aligner links to source subwords, those subwords' old ids
    /// and weights (summing to 1), most probable first; tokens never seen in <paramref name="pairs"/> are left out.
    /// </summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<(int OldId, double Weight)>> Find(
        ISubwordTokenizer oldTokenizer, ISubwordTokenizer extendedTokenizer, VocabularyExtension extension, IReadOnlyList<SentencePair> pairs)
    {
        var subwordPairs = pairs.Select(p => new SentencePair(Ids(oldTokenizer, p.Source), Ids(extendedTokenizer, p.Target), p.Id)).ToList();
        var corpus = ParallelCorpus.Create(subwordPairs, IdTokens, IdTokens);
        var model = WordAligner.Train(corpus, AlignmentDirection.Reverse, SubwordAlignment);
        var anchors = new Dictionary<int, IReadOnlyList<(int OldId, double Weight)>>();
        foreach (var token in extension.NewTokens)
        {
            var given = model.GivenVocabulary.IdOf(token.Id.ToString(CultureInfo.InvariantCulture));
            if (given < 0)
            {
                continue;
            }
            var best = model.Translations.Translations(given).Where(t => t.Probability >= MinProbability).Take(MaxAnchors).ToList();
            var total = best.Sum(t => t.Probability);
            if (total > 0)
            {
                anchors[token.Id] = [.. best.Select(t => (int.Parse(model.GeneratedVocabulary[t.Word], CultureInfo.InvariantCulture), t.Probability / total))];
            }
        }
        return anchors;
    }

    private static string Ids(ISubwordTokenizer tokenizer, string text) =>
        string.Join(' ', tokenizer.Encode(text, addSpecialTokens: false).Select(id => id.ToString(CultureInfo.InvariantCulture)));
}
