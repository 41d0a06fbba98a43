using LangExpand.Core.Annotated;
using LangExpand.Core.Features;
using LangExpand.Core.Inflection;
using LangExpand.Morphology;
using LangExpand.Synthesis.Inflection;

namespace LangExpand.Synthesis.Tests.Inflection;

public sealed class ReInflectorTests
{
    private static readonly TargetParadigms Spanish = new([
        new InflectionTriple("caminar", FeatureBundle.Parse("V;IND;PRS;NOM(3,SG)"), "camina"),
        new InflectionTriple("caminar", FeatureBundle.Parse("V;IND;PST;PFV;NOM(3,SG)"), "caminó"),
    ]);

    private static readonly UdFeatures PresentThirdSingular =
        UdFeatures.TryParse("Mood=Ind|Number=Sing|Person=3|Tense=Pres", out var features) ? features : throw new InvalidOperationException();

    /// <summary>Drops the last two letters and adds <c>a</c>, as a model of <c>-ar</c> verbs would.</summary>
    private sealed class ArVerbModel : IInflector
    {
        public string Inflect(string lemma, FeatureBundle features) => lemma[..^2] + "a";
    }

    [Fact]
    public void The_model_inflects_a_lemma_outside_the_table_that_ends_like_a_table_lemma()
    {
        var result = new ReInflector(Spanish, new ArVerbModel()).Inflect("saltar", "VERB", PresentThirdSingular);

        Assert.Equal(new ReInflection("salta", InflectionSource.Model, "V;IND;PRS;NOM(3,SG)"), result with { Feats = null });
        Assert.Equal("Mood=Ind|Number=Sing|Person=3|Tense=Pres", result.Feats?.Target);
    }

    [Fact]
    public void A_lemma_ending_like_no_table_lemma_is_written_as_it_is_rather_than_guessed()
    {
        var result = new ReInflector(Spanish, new ArVerbModel()).Inflect("quedarse", "VERB", PresentThirdSingular);

        Assert.Equal(new ReInflection("quedarse", InflectionSource.Lemma, "V;IND;PRS;NOM(3,SG)"), result);
        Assert.True(Spanish.HasLemmaEnding("Tomar", "V"));
        Assert.False(Spanish.HasLemmaEnding("tomar", "N"));
    }
}
