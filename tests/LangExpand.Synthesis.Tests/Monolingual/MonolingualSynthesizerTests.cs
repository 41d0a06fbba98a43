using System.Text;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;
using LangExpand.Lexicons;
using LangExpand.Synthesis.Labelled;
using LangExpand.Synthesis.Monolingual;
using LangExpand.Synthesis.Substitution;

namespace LangExpand.Synthesis.Tests.Monolingual;

public sealed class MonolingualSynthesizerTests
{
    private static LexiconEntry Entry(string source, string target, double score = 1) =>
        new(new LexiconSide(source), new LexiconSide(target), score, LexiconDirection.Both, new LexiconProvenance("toy.tsv"));

    private static readonly TranslationIndex Index = new([
        Entry("the", "el", 0.6), Entry("the", "la", 0.4), Entry("dog", "perro"), Entry("cat", "gato"), Entry("sees", "ve"), Entry("a", "un"),
        Entry("house", "casa"), Entry("big", "grande"), Entry("big", "gran"),
    ]);

    private static readonly string[] Lines =
    [
        "The dog sees the cat.", "the cat", "A big dog sees a house.", "", "The dog sees the cat.", "Nothing here is known at all.",
        "the big house sees the big dog", "a cat sees a dog", "The cat sees the house.", "the dog sees a big cat",
    ];

    private static List<string> Run(MonolingualOptions options, SynthesisStatistics? statistics = null)
    {
        var text = new TextSynthesizer(new SubstitutionPlanner(Index, null, oneToOne: false), null);
        var lines = StrictTextReader.ReadLines(new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", Lines) + "\n")), "in.txt");
        return new MonolingualSynthesizer(text, options).Synthesize(lines, Lines.Length, statistics ?? new SynthesisStatistics()).ToList();
    }

    [Fact]
    public void Sentences_need_k_substituted_words_and_repeated_lines_are_dropped()
    {
        var statistics = new SynthesisStatistics();
        var output = Run(new MonolingualOptions(new ChoicePolicy()), statistics);

        Assert.Equal("El perro ve el gato.", output[0]);
        Assert.DoesNotContain("el gato", output);
        Assert.Single(output, line => line == "El perro ve el gato.");
        Assert.Equal(1, statistics.Duplicates);
        Assert.Equal(6, output.Count);
    }

    [Fact]
    public void The_cap_stops_after_that_many_kept_sentences()
    {
        Assert.Equal(Run(new MonolingualOptions(new ChoicePolicy())).Take(3), Run(new MonolingualOptions(new ChoicePolicy(), MaxSentences: 3)));
    }

    [Theory]
    [InlineData(2, null)]
    [InlineData(3, null)]
    [InlineData(4, 4L)]
    [InlineData(7, 5L)]
    [InlineData(10, null)]
    public void Shards_concatenated_equal_a_single_run_with_sampling_dedupe_and_cap(int shards, long? cap)
    {
        var choice = new ChoicePolicy(ChoiceKind.Sample, Seed: 11);
        var whole = Run(new MonolingualOptions(choice, MinSubstituted: 2, MaxSentences: cap ?? long.MaxValue));
        var parts = Enumerable.Range(1, shards)
            .SelectMany(i => Run(new MonolingualOptions(choice, MinSubstituted: 2, MaxSentences: cap ?? long.MaxValue, Shard: new Shard(i, shards))))
            .ToList();

        Assert.Equal(whole, parts);
    }

    [Fact]
    public void The_same_seed_gives_the_same_sample_and_another_seed_may_differ()
    {
        var first = Run(new MonolingualOptions(new ChoicePolicy(ChoiceKind.Sample, Seed: 5), MinSubstituted: 1));

        Assert.Equal(first, Run(new MonolingualOptions(new ChoicePolicy(ChoiceKind.Sample, Seed: 5), MinSubstituted: 1)));
        Assert.Contains(Enumerable.Range(6, 20), seed => !first.SequenceEqual(Run(new MonolingualOptions(new ChoicePolicy(ChoiceKind.Sample, Seed: seed), MinSubstituted: 1))));
    }

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("1-2")]
    [InlineData("a/b")]
    public void A_shard_outside_1_to_N_is_refused_with_the_expected_form(string text)
    {
        var error = Assert.Throws<LangExpandException>(() => Shard.Parse(text));

        Assert.Equal(ErrorCode.InvalidOption, error.Code);
        Assert.Contains("K/N", error.Message);
    }

    [Fact]
    public void Blocks_of_the_shards_cover_every_line_once()
    {
        var blocks = Enumerable.Range(1, 3).Select(i => new Shard(i, 3).Block(10)).ToList();

        Assert.Equal([(0L, 3L), (3L, 6L), (6L, 10L)], blocks);
    }
}
