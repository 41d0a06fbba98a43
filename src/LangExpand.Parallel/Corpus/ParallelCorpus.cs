using LangExpand.Parallel.Text;
using LangExpand.Parallel.Tokenization;

namespace LangExpand.Parallel.Corpus;

/// <summary>
/// A tokenised parallel corpus with every word interned: each language has its own <see cref="Vocabulary"/>, and the
/// sentences are stored as flat arrays of word ids. This is what word alignment trains on and what lexicon induction reads.
/// Pair <c>k</c> is <see cref="Source"/>(k) and <see cref="Target"/>(k); either side may be empty.
/// </summary>
public sealed class ParallelCorpus
{
    private ParallelCorpus(CorpusSide source, CorpusSide target, IReadOnlyList<string>? ids)
    {
        SourceSide = source;
        TargetSide = target;
        Ids = ids;
    }

    /// <summary>The source language's word types.</summary>
    public Vocabulary SourceVocabulary => SourceSide.Vocabulary;

    /// <summary>The target language's word types.</summary>
    public Vocabulary TargetVocabulary => TargetSide.Vocabulary;

    /// <summary>The number of sentence pairs.</summary>
    public int Count => SourceSide.Count;

    /// <summary>The pairs' ids (verse ids, for example) when every input pair had one, otherwise null.</summary>
    public IReadOnlyList<string>? Ids { get; }

    /// <summary>The number of source tokens in the whole corpus.</summary>
    public int SourceTokenCount => SourceSide.Tokens.Length;

    /// <summary>The number of target tokens in the whole corpus.</summary>
    public int TargetTokenCount => TargetSide.Tokens.Length;

    internal CorpusSide SourceSide { get; }

    internal CorpusSide TargetSide { get; }

    /// <summary>The source word ids of pair <paramref name="index"/>.</summary>
    public ReadOnlySpan<int> Source(int index) => SourceSide.Sentence(index);

    /// <summary>The target word ids of pair <paramref name="index"/>.</summary>
    public ReadOnlySpan<int> Target(int index) => TargetSide.Sentence(index);

    /// <summary>The same pairs with every word cut to its first <paramref name="length"/> characters (new vocabularies, same positions).</summary>
    internal ParallelCorpus Prefixes(int length) => new(SourceSide.Prefixes(length), TargetSide.Prefixes(length), Ids);

    /// <summary>
    /// Tokenises <paramref name="pairs"/> (both languages at once, each on its own thread; the result does not depend on
    /// scheduling) and interns the tokens.
    /// </summary>
    public static ParallelCorpus Create(IReadOnlyList<SentencePair> pairs, TokenizerOptions? source = null, TokenizerOptions? target = null)
    {
        var (sourceSide, targetSide) = Concurrently.Run(
            () => CorpusSide.Build([.. pairs.Select(p => p.Source)], new WordTokenizer(source)),
            () => CorpusSide.Build([.. pairs.Select(p => p.Target)], new WordTokenizer(target)));
        var ids = pairs.Count > 0 && pairs.All(p => p.Id is not null) ? pairs.Select(p => p.Id!).ToList() : null;
        return new ParallelCorpus(sourceSide, targetSide, ids);
    }
}
