using LangExpand.Parallel.Corpus;

namespace LangExpand.Parallel.Induction;

/// <summary>
/// Maps the word ids of one corpus side to interned lemma ids, each with its share of the word's vote. A form that is
/// itself one of its lemmas (a citation form: Spanish <c>casa</c>, not <c>casar</c>) votes for that lemma only; other
/// ambiguous forms split their vote evenly. Tokens without a letter (numbers, punctuation) map to no lemma.
/// </summary>
internal sealed class LemmaIndex
{
    private readonly int[][] _lemmasOfWord;
    private readonly double[][] _shares;
    private readonly List<string> _lemmas = [];

    public LemmaIndex(Vocabulary vocabulary, FormLemmas? lemmas)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        _lemmasOfWord = vocabulary.Words.Select(word => !word.Any(char.IsLetter) ? []
            : (lemmas?.Lemmas(word) ?? [word]).Select(lemma => Intern(ids, lemma)).ToArray()).ToArray();
        _shares = _lemmasOfWord.Select((candidates, word) => Shares(candidates, vocabulary[word])).ToArray();
    }

    public int Count => _lemmas.Count;

    public string this[int lemma] => _lemmas[lemma];

    /// <summary>Calls <paramref name="vote"/> with each lemma of <paramref name="word"/> and its share of one vote.</summary>
    public void Vote(int word, Action<int, double> vote)
    {
        var (lemmas, shares) = (_lemmasOfWord[word], _shares[word]);
        for (var i = 0; i < lemmas.Length; i++)
        {
            if (shares[i] > 0)
            {
                vote(lemmas[i], shares[i]);
            }
        }
    }

    private double[] Shares(int[] lemmas, string word)
    {
        var self = Array.FindIndex(lemmas, l => string.Equals(_lemmas[l], word, StringComparison.OrdinalIgnoreCase));
        return lemmas.Select((_, i) => self >= 0 ? (i == self ? 1.0 : 0.0) : 1.0 / lemmas.Length).ToArray();
    }

    private int Intern(Dictionary<string, int> ids, string lemma)
    {
        if (!ids.TryGetValue(lemma, out var id))
        {
            ids[lemma] = id = _lemmas.Count;
            _lemmas.Add(lemma);
        }
        return id;
    }
}
