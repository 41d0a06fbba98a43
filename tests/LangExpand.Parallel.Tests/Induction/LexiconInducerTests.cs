using LangExpand.Core.FiniteState;
using LangExpand.Lexicons;
using LangExpand.Parallel.Alignment;
using LangExpand.Parallel.Corpus;
using LangExpand.Parallel.Induction;
using LangExpand.Parallel.Text;
using LangExpand.TestKit;

namespace LangExpand.Parallel.Tests.Induction;

public sealed class LexiconInducerTests
{
    /// <summary>A corpus whose words are aligned monotonically (word i to word i), with its links.</summary>
    private static (ParallelCorpus Corpus, IReadOnlyList<WordAlignment> Links) Diagonal(params (string Source, string Target)[] pairs)
    {
        var corpus = ParallelCorpus.Create(pairs.Select(p => new SentencePair(p.Source, p.Target)).ToList());
        var links = Enumerable.Range(0, corpus.Count)
            .Select(k => new WordAlignment(Enumerable.Range(0, Math.Min(corpus.Source(k).Length, corpus.Target(k).Length)).Select(i => new AlignmentLink(i, i))))
            .ToList();
        return (corpus, links);
    }

    private static string Show(IEnumerable<LexiconEntry> entries) => string.Join(' ', entries.Select(e => $"{e.Source.Text}={e.Target.Text}"));

    [Fact]
    public void Linked_pairs_that_prefer_each_other_become_entries_with_induced_provenance()
    {
        var (corpus, links) = Diagonal(("the house", "la casa"), ("the king", "el rey"), ("the house", "la casa"), ("a king", "un rey"));

        var entries = LexiconInducer.Induce(corpus, links, "induced:toy", new InductionOptions { MinLinks = 2, MaxPerSource = 1 });

        Assert.Equal("house=casa king=rey the=la", Show(entries));
        Assert.All(entries, e => Assert.Equal(new LexiconProvenance("induced:toy", 0, LexiconOrigin.Induced), e.Provenance));
        Assert.Equal(1.0, entries[0].Score, 6);
    }

    [Fact]
    public void Thresholds_remove_rare_and_one_sided_pairs()
    {
        var (corpus, links) = Diagonal(("dog", "perro"), ("dog", "perro"), ("dog", "can"), ("cat", "gato"));

        var entries = LexiconInducer.Induce(corpus, links, "toy", new InductionOptions { MinLinks = 2, MinSourceFrequency = 2 });

        Assert.Equal("dog=perro", Show(entries));
    }

    [Fact]
    public void Inflected_forms_vote_for_their_lemmas_and_a_citation_form_keeps_its_own_lemma()
    {
        var (corpus, links) = Diagonal(("houses", "casas"), ("house", "casa"), ("houses", "casas"));
        var english = FormLemmas.FromPairs([("houses", "house"), ("house", "house")]);
        var spanish = FormLemmas.FromPairs([("casas", "casa"), ("casas", "casar"), ("casa", "casa"), ("casa", "casar")]);

        var entries = LexiconInducer.Induce(corpus, links, "toy", new InductionOptions { MinLinks = 1, MaxPerSource = 1 }, english, spanish);

        Assert.Equal("house=casa", Show(entries));
    }

    [Fact]
    public void Numbers_and_punctuation_are_not_counted()
    {
        var (corpus, links) = Diagonal(("12 ,", "12 ,"), ("12 ,", "12 ,"));

        Assert.Empty(LexiconInducer.Induce(corpus, links, "toy", new InductionOptions { MinLinks = 1 }));
    }

    [Fact]
    public void An_analyser_maps_surface_forms_to_the_text_before_the_first_tag()
    {
        var analyser = AttTextReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(
            AttText.StraightPaths([("saw", "see<vblex><past>"), ("saw", "saw<n><sg>"), ("houses", "house<n><pl>")]))), "eng.att");

        var lemmas = FormLemmas.FromAnalyser(analyser);

        Assert.Equal(["saw", "see"], lemmas.Lemmas("Saw"));
        Assert.Equal(["house"], lemmas.Lemmas("houses"));
        Assert.Equal(["unknown"], lemmas.Lemmas("unknown"));
    }

    [Fact]
    public void Invalid_thresholds_are_rejected() =>
        Assert.Throws<Core.Diagnostics.LangExpandException>(() => new InductionOptions { MinForward = 2 }.Validate());
}
