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
            var (source, target) = (both.Forward.GivenVocabulary.IdOf(Prefix(Source[w])), both.Forward.GeneratedVocabulary.IdOf(Prefix(Target[w])));
            Assert.Equal(target, both.Forward.Translations.Translations(source)[0].Word);
            Assert.Equal(source, both.Reverse.Translations.Translations(target)[0].Word);
            Assert.True(both.Forward.Translations.Probability(source, target) > 0.5, Source[w]);
        }
    }

    private static string Prefix(string word) => word[..Math.Min(word.Length, new AlignmentOptions().StemLength)];

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
        var model = WordAligner.Train(Synthetic(), AlignmentDirection.Forward, new AlignmentOptions { Iterations = 4, Model1Iterations = 1 });

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
    public void Without_agreement_two_runs_give_identical_models_and_links_whether_the_directions_run_together_or_apart()
    {
        var corpus = Synthetic();
        var options = new AlignmentOptions { Agreement = false };

        var together = WordAligner.AlignBoth(corpus, options);
        var again = WordAligner.AlignBoth(corpus, options);
        var apart = WordAligner.Train(corpus, AlignmentDirection.Reverse, options);

        Assert.Equal(together.ForwardLinks, again.ForwardLinks);
        Assert.Equal(together.ReverseLinks, apart.Align(corpus));
        Assert.Equal(together.Reverse.History, apart.History);
        for (var given = 0; given < corpus.TargetVocabulary.Count; given++)
        {
            Assert.Equal(together.Reverse.Translations.Translations(given), apart.Translations.Translations(given));
        }
    }

    [Fact]
    public void Agreement_training_gives_identical_models_and_links_on_every_run()
    {
        var corpus = Synthetic();

        var first = WordAligner.AlignBoth(corpus);
        var second = WordAligner.AlignBoth(corpus);

        Assert.Equal(first.ForwardLinks, second.ForwardLinks);
        Assert.Equal(first.ReverseLinks, second.ReverseLinks);
        Assert.Equal(first.Forward.History, second.Forward.History);
        Assert.Equal(first.Reverse.History, second.Reverse.History);
        for (var given = 0; given < first.Forward.Translations.GivenCount; given++)
        {
            Assert.Equal(first.Forward.Translations.Translations(given), second.Forward.Translations.Translations(given));
        }
    }

    [Fact]
    public void Agreement_makes_both_directions_link_the_same_words_of_the_synthetic_corpus()
    {
        var both = WordAligner.AlignBoth(Synthetic());

        Assert.Equal(both.ForwardLinks, both.ReverseLinks);
    }

    [Fact]
    public void A_higher_link_threshold_keeps_fewer_links_and_a_threshold_near_1_almost_none()
    {
        var corpus = Synthetic();

        int Links(double threshold) => WordAligner.AlignBoth(corpus, new AlignmentOptions { LinkThreshold = threshold, Iterations = 1 }).ForwardLinks.Sum(a => a.Count);

        Assert.True(Links(0) >= Links(0.5));
        Assert.True(Links(0.5) > Links(0.999));
    }

    [Fact]
    public void Models_trained_on_prefixes_have_prefix_vocabularies_and_still_align_the_given_corpus()
    {
        var corpus = ParallelCorpus.Create([new SentencePair("walked walking", "marchait marcher"), new SentencePair("walks", "marche")]);

        var model = WordAligner.Train(corpus, AlignmentDirection.Forward, new AlignmentOptions { StemLength = 3 });

        Assert.Equal(["wal"], model.GivenVocabulary.Words);
        Assert.Equal(["mar"], model.GeneratedVocabulary.Words);
        Assert.Equal(2, model.Align(corpus).Count);
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
    [InlineData(0, 0, 0.08, 4.0, 0.01, 0.4, 4)]
    [InlineData(5, 6, 0.08, 4.0, 0.01, 0.4, 4)]
    [InlineData(5, 1, 1.0, 4.0, 0.01, 0.4, 4)]
    [InlineData(5, 1, 0.08, 0.0, 0.01, 0.4, 4)]
    [InlineData(5, 1, 0.08, 4.0, 0.0, 0.4, 4)]
    [InlineData(5, 1, 0.08, 4.0, 0.01, 1.0, 4)]
    [InlineData(5, 1, 0.08, 4.0, 0.01, -0.1, 4)]
    [InlineData(5, 1, 0.08, 4.0, 0.01, 0.4, -1)]
    public void Settings_out_of_range_are_refused(int iterations, int model1, double nullProbability, double tension, double alpha, double threshold, int stem)
    {
        var options = new AlignmentOptions
        {
            Iterations = iterations, Model1Iterations = model1, NullProbability = nullProbability, InitialTension = tension, Alpha = alpha,
            LinkThreshold = threshold, StemLength = stem,
        };

        Assert.Equal(Core.Diagnostics.ErrorCode.InvalidOption, Assert.Throws<Core.Diagnostics.LangExpandException>(options.Validate).Code);
    }
}
