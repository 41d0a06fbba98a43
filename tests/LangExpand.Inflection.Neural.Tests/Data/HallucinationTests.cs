using LangExpand.Core.Features;
using LangExpand.Core.Inflection;
using LangExpand.Inflection.Neural.Data;

namespace LangExpand.Inflection.Neural.Tests.Data;

public sealed class HallucinationTests
{
    private static readonly List<InflectionTriple> Training =
    [
        new("kanta", FeatureBundle.Parse("N;PL"), "kantaen"),
        new("gesehen", FeatureBundle.Parse("V;PST"), "besehened"),
        new("ab", FeatureBundle.Parse("N;PL"), "aben"),
    ];

    [Fact]
    public void The_shared_stem_is_the_first_longest_common_substring()
    {
        Assert.Equal((0, 0, 5), Hallucination.SharedStem("kanta", "kantaen"));
        Assert.Equal((1, 1, 6), Hallucination.SharedStem("gesehen", "besehened"));
    }

    [Fact]
    public void Hallucinated_pairs_keep_the_affixes_and_replace_the_stem_in_both()
    {
        var made = Hallucination.Generate(Training, 200, seed: 5);
        Assert.Equal(200, made.Count);
        foreach (var pair in made)
        {
            if (pair.Features.ToString() == "N;PL")
            {
                // From "kanta", never from "ab" (its shared stem is shorter than the minimum).
                Assert.Equal(5, pair.Lemma.Length);
                Assert.Equal(pair.Lemma + "en", pair.Form);
            }
            else
            {
                Assert.Matches("^g.{6}$", pair.Lemma);
                Assert.Equal("b" + pair.Lemma[1..] + "ed", pair.Form);
            }
        }
        Assert.Contains(made, p => p.Lemma != "kanta" && p.Features.ToString() == "N;PL");
    }

    [Fact]
    public void The_same_seed_gives_the_same_pairs_and_another_seed_others()
    {
        Assert.Equal(Hallucination.Generate(Training, 50, seed: 1), Hallucination.Generate(Training, 50, seed: 1));
        Assert.NotEqual(Hallucination.Generate(Training, 50, seed: 1), Hallucination.Generate(Training, 50, seed: 2));
    }

    [Fact]
    public void Pairs_without_a_stem_of_three_characters_give_nothing()
    {
        Assert.Empty(Hallucination.Generate([new InflectionTriple("ab", FeatureBundle.Parse("N"), "abx")], 10, seed: 1));
    }
}
