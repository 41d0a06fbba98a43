using LangExpand.Parallel.Alignment;
using LangExpand.Parallel.Corpus;
using LangExpand.Parallel.Text;

namespace LangExpand.Parallel.Tests.Alignment;

public class WordAlignerTests
{
    private static readonly string[] Source = ["house", "green", "the", "small", "cat", "sees", "dog", "big"];
    private static readonly string[] Target = ["casa", "verde", "la", "pequeña", "gato", "ve", "perro", "grande"];

    /// <summary>
    /// Every ordered pair and triple of distinct words, translated word for word; the target reverses the order of every
    /// pair (so the right links are off the diagonal there) and keeps it in triples. The right link of source word i is
    /// always the target word with the same index.
    /// </summary>
    private static ParallelCorpus Synthetic()
    {
        var pairs = new List<SentencePair>();
        var words = Enumerable.Range(0, Source.Length).ToArray();
        foreach (var a in words)
        {
            foreach (var b in words.Where(b => b != a))
            {
                pairs.Add(new SentencePair($"{Source[a]} {Source[b]}", $"{Target[b]} {Target[a]}"));
                foreach (var c in words.Where(c => c != a && c != b && (a + b + c) % 3 == 0))
                {
                    pairs.Add(new SentencePair($"{Source[a]} {Source[b]} {Source[c]}", $"{Target[a]} {Target[b]} {Target[c]}"));
                }
            }
        }
        return ParallelCorpus.Create(pairs);
    }

    [Fact]
    public void Both_directions_learn_the_word_for_word_translations_of_a_synthetic_corpus()
    {
        var corpus = Synthetic();

        var both = WordAligner.AlignBoth(corpus);

        for (var w = 0; w < Source.Length; w++)
        {
            var (source, target) = (corpus.SourceVocabulary.IdOf(Source[w]), corpus.TargetVocabulary.IdOf(Target[w]));
            Assert.Equal(target, both.Forward.Translations.Translations(source)[0].Word);
            Assert.Equal(source, both.Reverse.Translations.Translations(target)[0].Word);
            Assert.True(both.Forward.Translations.Probability(source, target) > 0.5, Source[w]);
        }
    }

    [Fact]
    public void Symmetrised_links_of_the_synthetic_corpus_are_the_right_ones_in_both_orders()
    {
        var corpus = Synthetic();

        var links = WordAligner.AlignBoth(corpus).Symmetrize(SymmetrizationMethod.GrowDiagFinalAnd);

        var pairs = Enumerable.Range(0, corpus.Count).Where(k => corpus.Source(k).Length == 2).ToList();
        var triples = Enumerable.Range(0, corpus.Count).Where(k => corpus.Source(k).Length == 3).ToList();
        Assert.All(pairs, k => Assert.Equal("0-1 1-0", links[k].ToString()));
        Assert.All(triples, k => Assert.Equal("0-0 1-1 2-2", links[k].ToString()));
    }

    [Fact]
    public void Training_lowers_perplexity_and_learns_a_tension()
    {
        var model = WordAligner.Train(Synthetic(), AlignmentDirection.Forward, new AlignmentOptions { Iterations = 4 });

        Assert.Equal([false, true, true, true], model.History.Select(h => h.Diagonal));
        Assert.True(model.History[^1].Perplexity < model.History[0].Perplexity / 2);
        Assert.NotEqual(4.0, model.DiagonalTension);
        Assert.InRange(model.DiagonalTension!.Value, 0.1, 14);
    }

    [Fact]
    public void Model_1_alone_has_no_tension()
    {
        var model = WordAligner.Train(Synthetic(), AlignmentDirection.Reverse, new AlignmentOptions { FavorDiagonal = false });

        Assert.Null(model.DiagonalTension);
        Assert.All(model.History, h => Assert.False(h.Diagonal));
    }

    [Fact]
    public void Two_runs_give_identical_models_and_links_whether_the_directions_run_together_or_apart()
    {
        var corpus = Synthetic();

        var together = WordAligner.AlignBoth(corpus);
        var again = WordAligner.AlignBoth(corpus);
        var apart = WordAligner.Train(corpus, AlignmentDirection.Reverse);

        Assert.Equal(together.ForwardLinks, again.ForwardLinks);
        Assert.Equal(together.ReverseLinks, apart.Align(corpus));
        Assert.Equal(together.Reverse.History, apart.History);
        for (var given = 0; given < corpus.TargetVocabulary.Count; given++)
        {
            Assert.Equal(together.Reverse.Translations.Translations(given), apart.Translations.Translations(given));
        }
    }

    [Fact]
    public void Pairs_with_an_empty_side_get_no_links_and_keep_their_place()
    {
        var corpus = ParallelCorpus.Create([new SentencePair("a b", "x y"), new SentencePair("", "x"), new SentencePair("a", ""), new SentencePair("b a", "y x")]);

        var links = WordAligner.AlignBoth(corpus).Symmetrize(SymmetrizationMethod.GrowDiagFinalAnd);

        Assert.Equal(4, links.Count);
        Assert.Equal((0, 0), (links[1].Count, links[2].Count));
    }

    [Fact]
    public void A_model_refuses_to_align_a_corpus_it_was_not_trained_on()
    {
        var model = WordAligner.Train(Synthetic(), AlignmentDirection.Forward);

        Assert.Throws<ArgumentException>(() => model.Align(Synthetic()));
    }

    [Theory]
    [InlineData(0, 0, 0.08, 4.0, 0.01)]
    [InlineData(5, 6, 0.08, 4.0, 0.01)]
    [InlineData(5, 1, 1.0, 4.0, 0.01)]
    [InlineData(5, 1, 0.08, 0.0, 0.01)]
    [InlineData(5, 1, 0.08, 4.0, 0.0)]
    public void Settings_out_of_range_are_refused(int iterations, int model1, double nullProbability, double tension, double alpha)
    {
        var options = new AlignmentOptions { Iterations = iterations, Model1Iterations = model1, NullProbability = nullProbability, InitialTension = tension, Alpha = alpha };

        Assert.Equal(Core.Diagnostics.ErrorCode.InvalidOption, Assert.Throws<Core.Diagnostics.LangExpandException>(options.Validate).Code);
    }
}
