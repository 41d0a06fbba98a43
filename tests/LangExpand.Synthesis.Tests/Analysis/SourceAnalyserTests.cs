using LangExpand.Core.Features;
using LangExpand.Core.Inflection;
using LangExpand.Lexicons;
using LangExpand.Synthesis.Analysis;
using LangExpand.Synthesis.Inflection;
using LangExpand.Synthesis.Substitution;

namespace LangExpand.Synthesis.Tests.Analysis;

public sealed class SourceAnalyserTests
{
    private static InflectionTriple Triple(string lemma, string features, string form) => new(lemma, FeatureBundle.Parse(features), form);

    private static readonly SourceAnalyser English = new([
        Triple("walk", "V;PST", "walked"), Triple("walk", "V;V.PTCP;PST", "walked"), Triple("talk", "V;PST", "talked"), Triple("walk", "V;PRS;3;SG", "walks"),
    ]);

    [Fact]
    public void A_form_gets_its_lemma_and_the_analysis_whose_bundle_is_most_frequent()
    {
        var token = English.Analyse("Walked");

        Assert.Equal("walk", token.Lemma);
        Assert.Equal("V;PST", token.Analysis!.ToString());
        Assert.Equal("VERB", token.Upos);
        Assert.Null(English.Analyse("runs").Lemma);
    }

    [Fact]
    public void Plain_text_is_re_inflected_from_the_source_analysis()
    {
        var spanish = new TargetParadigms([Triple("caminar", "V;IND;PST;PFV;3;SG", "caminó"), Triple("caminar", "V;IND;PRS;3;SG", "camina")]);
        var index = new TranslationIndex([new LexiconEntry(new LexiconSide("walk", "vblex"), new LexiconSide("caminar", "vblex"), 1, LexiconDirection.Both, new LexiconProvenance("toy"))]);
        var text = new TextSynthesizer(new SubstitutionPlanner(index, new ReInflector(spanish), oneToOne: false), English);
        var plan = text.Plan("She walks.", new ChoicePolicy().Start());

        Assert.Equal("She camina.", TextSynthesizer.Write(plan, text.Realize(plan), 0));
    }
}
