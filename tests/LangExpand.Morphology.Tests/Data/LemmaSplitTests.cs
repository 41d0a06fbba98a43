using LangExpand.Core.Features;
using LangExpand.Core.Inflection;
using LangExpand.Morphology.Data;

namespace LangExpand.Morphology.Tests.Data;

public class LemmaSplitTests
{
    private static readonly InflectionTriple[] Triples =
        Enumerable.Range(0, 1000)
            .SelectMany(i => new[] { "V;NFIN", "V;IND;PRS;1;SG", "V;IND;PRS;3;SG" }.Select(f => new InflectionTriple($"lemma{i}", FeatureBundle.Parse(f), $"form{i}")))
            .ToArray();

    [Fact]
    public void No_lemma_is_in_two_splits_and_every_example_of_a_lemma_goes_to_the_same_split()
    {
        var split = LemmaSplit.Split(Triples, new SplitOptions(Seed: 7, MaxTrainExamples: 100_000));

        var lemmas = new[] { split.Train, split.Dev, split.Test }.Select(part => part.Select(t => t.Lemma).ToHashSet()).ToArray();
        Assert.Empty(lemmas[0].Intersect(lemmas[1]).Concat(lemmas[0].Intersect(lemmas[2])).Concat(lemmas[1].Intersect(lemmas[2])));
        Assert.Equal(Triples.Length, split.Train.Count + split.Dev.Count + split.Test.Count);
    }

    [Fact]
    public void About_eighty_ten_and_ten_percent_of_the_lemmas_go_to_train_dev_and_test()
    {
        var split = LemmaSplit.Split(Triples, new SplitOptions(MaxTrainExamples: 100_000));

        var shares = new[] { split.Train, split.Dev, split.Test }.Select(part => part.Select(t => t.Lemma).Distinct().Count() / 1000.0).ToArray();
        Assert.InRange(shares[0], 0.75, 0.85);
        Assert.InRange(shares[1], 0.07, 0.13);
        Assert.InRange(shares[2], 0.07, 0.13);
    }

    [Fact]
    public void The_same_seed_gives_the_same_split_and_another_seed_a_different_one()
    {
        var first = LemmaSplit.Split(Triples, new SplitOptions(Seed: 1));
        var again = LemmaSplit.Split(Triples.Reverse().ToArray(), new SplitOptions(Seed: 1));
        var other = LemmaSplit.Split(Triples, new SplitOptions(Seed: 2));

        Assert.Equal(first.Dev, again.Dev);
        Assert.Equal(first.Train, again.Train);
        Assert.NotEqual(first.Dev.Select(t => t.Lemma), other.Dev.Select(t => t.Lemma));
    }

    [Fact]
    public void Caps_limit_the_lemmas_and_the_examples_of_each_split()
    {
        var split = LemmaSplit.Split(Triples, new SplitOptions(MaxLemmas: 500, MaxTrainExamples: 300));

        Assert.Equal((300, 30, 30), (split.Train.Count, split.Dev.Count, split.Test.Count));
        Assert.True(split.Train.Concat(split.Dev).Concat(split.Test).Select(t => t.Lemma).Distinct().Count() <= 500);
    }
}
