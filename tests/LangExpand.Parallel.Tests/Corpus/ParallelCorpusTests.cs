using LangExpand.Parallel.Corpus;
using LangExpand.Parallel.Text;
using LangExpand.Parallel.Tokenization;

namespace LangExpand.Parallel.Tests.Corpus;

public class ParallelCorpusTests
{
    [Fact]
    public void Words_are_interned_per_language_in_order_of_first_appearance()
    {
        var corpus = ParallelCorpus.Create([new SentencePair("the house", "la casa"), new SentencePair("The green house.", "")]);

        Assert.Equal(["the", "house", "green", "."], corpus.SourceVocabulary.Words);
        Assert.Equal(["la", "casa"], corpus.TargetVocabulary.Words);
        Assert.Equal([0, 2, 1, 3], corpus.Source(1).ToArray());
        Assert.Equal(0, corpus.Target(1).Length);
        Assert.Equal((6, 2), (corpus.SourceTokenCount, corpus.TargetTokenCount));
        Assert.Equal(-1, corpus.SourceVocabulary.IdOf("casa"));
    }

    [Fact]
    public void Ids_are_kept_only_when_every_pair_has_one()
    {
        var withIds = ParallelCorpus.Create([new SentencePair("a", "b", "b.GEN.1.1"), new SentencePair("c", "d", "b.GEN.1.2")]);
        var mixed = ParallelCorpus.Create([new SentencePair("a", "b", "b.GEN.1.1"), new SentencePair("c", "d")]);

        Assert.Equal(["b.GEN.1.1", "b.GEN.1.2"], withIds.Ids);
        Assert.Null(mixed.Ids);
    }

    [Fact]
    public void Prefixes_keep_every_position_and_never_split_a_surrogate_pair()
    {
        var words = new TokenizerOptions { Mode = TokenizerMode.Whitespace };
        var corpus = ParallelCorpus.Create([new SentencePair("walked a walking", "x"), new SentencePair("walks a😀b wa", "")], words, words);

        var cut = corpus.Prefixes(2);

        Assert.Equal(["wa", "a", "a😀"], cut.SourceVocabulary.Words);
        Assert.Equal([0, 1, 0], cut.Source(0).ToArray());
        Assert.Equal([0, 2, 0], cut.Source(1).ToArray());
        Assert.Equal(corpus.Ids, cut.Ids);
        Assert.Equal(0, cut.Target(1).Length);
    }
}
