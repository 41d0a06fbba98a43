using LangExpand.Parallel.Tokenization;

namespace LangExpand.Parallel.Corpus;

/// <summary>
/// One language of a tokenised parallel corpus as flat arrays: the token ids of all sentences back to back, and where each
/// sentence starts. Memory is linear in the number of tokens.
/// </summary>
internal sealed class CorpusSide
{
    private CorpusSide(Vocabulary vocabulary, int[] tokens, int[] offsets)
    {
        Vocabulary = vocabulary;
        Tokens = tokens;
        Offsets = offsets;
    }

    public Vocabulary Vocabulary { get; }

    /// <summary>Token ids of every sentence, concatenated.</summary>
    public int[] Tokens { get; }

    /// <summary>Sentence <c>k</c> is <c>Tokens[Offsets[k]..Offsets[k + 1]]</c>; one more entry than sentences.</summary>
    public int[] Offsets { get; }

    public int Count => Offsets.Length - 1;

    public ReadOnlySpan<int> Sentence(int index) => Tokens.AsSpan(Offsets[index], Offsets[index + 1] - Offsets[index]);

    public int Length(int index) => Offsets[index + 1] - Offsets[index];

    /// <summary>The largest number of tokens in one sentence.</summary>
    public int MaxLength()
    {
        var max = 0;
        for (var k = 0; k < Count; k++)
        {
            max = Math.Max(max, Length(k));
        }
        return max;
    }

    /// <summary>Tokenises every text in order, interning the tokens into a new vocabulary.</summary>
    public static CorpusSide Build(IReadOnlyList<string> texts, WordTokenizer tokenizer)
    {
        var vocabulary = new Vocabulary();
        var tokens = new List<int>();
        var offsets = new int[texts.Count + 1];
        for (var k = 0; k < texts.Count; k++)
        {
            var text = tokenizer.Prepare(texts[k]);
            foreach (var range in tokenizer.Split(text))
            {
                tokens.Add(vocabulary.Intern(text.AsSpan()[range]));
            }
            offsets[k + 1] = tokens.Count;
        }
        return new CorpusSide(vocabulary, [.. tokens], offsets);
    }
}
