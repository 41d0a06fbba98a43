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

    /// <summary>
    /// The same sentences over a new vocabulary of each word's first <paramref name="length"/> characters (UTF-16 code
    /// units, never splitting a surrogate pair), interned in order of first occurrence.
    /// </summary>
    public CorpusSide Prefixes(int length)
    {
        var vocabulary = new Vocabulary();
        var prefixOf = new int[Vocabulary.Count];
        for (var word = 0; word < prefixOf.Length; word++)
        {
            var text = Vocabulary[word].AsSpan();
            var cut = Math.Min(length, text.Length);
            if (cut > 0 && cut < text.Length && char.IsHighSurrogate(text[cut - 1]))
            {
                cut++;
            }
            prefixOf[word] = vocabulary.Intern(text[..cut]);
        }
        return new CorpusSide(vocabulary, [.. Tokens.Select(word => prefixOf[word])], Offsets);
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
