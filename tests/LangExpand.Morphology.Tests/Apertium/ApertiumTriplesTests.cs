using LangExpand.Morphology.Apertium;

namespace LangExpand.Morphology.Tests.Apertium;

public class ApertiumTriplesTests
{
    [Theory]
    [InlineData("dámelo", "dar<vblex><imp><p2><sg>+prpers<prn><enc><p1><mf><sg>")]
    [InlineData("da cuenta", "dar# cuenta<vblex><pri><p3><sg>")]
    [InlineData("da cuenta", "dar<vblex><pri><p3><sg># cuenta")]
    [InlineData("quejo", "quejarse<vblex><pron><pri><p1><sg>")]
    [InlineData("12", "12<num>")]
    [InlineData("e-mail's", "e-mail<n><m><sg>")]
    [InlineData("OVNIs", "OVNI<n><m><pl>")]
    [InlineData("siglos XV", "siglos XV<n><m><pl>")]
    [InlineData("Madrid", "Madrid<np><loc>")]
    [InlineData("casa", "casa")]
    [InlineData("casa", "<n><f><sg>")]
    [InlineData("", "casa<n><f><sg>")]
    public void Analyses_that_are_not_single_open_class_words_with_mapped_tags_are_skipped(string form, string lexical)
    {
        Assert.Null(AnalysisRules.Default.ToTriple(new ApertiumAnalysis(form, lexical)));
    }

    [Theory]
    [InlineData("armas químicas", "arma química<n><f><pl>", "arma química", "N;FEM;PL")]
    [InlineData("walkie-talkies", "walkie-talkie<n><m><pl>", "walkie-talkie", "N;MASC;PL")]
    [InlineData("Alemania", "Alemania<n><f><sg>", "Alemania", "N;FEM;SG")]
    [InlineData("habladas", "hablar<vblex><pp><f><pl>", "hablar", "V.PTCP;PST;FEM;PL")]
    public void Words_with_letters_spaces_and_hyphens_become_triples(string form, string lexical, string lemma, string features)
    {
        var triple = AnalysisRules.Default.ToTriple(new ApertiumAnalysis(form, lexical));

        Assert.Equal((lemma, features, form), (triple?.Lemma, triple?.Features.ToString(), triple?.Form));
    }

    [Fact]
    public void Several_forms_for_the_same_lemma_and_features_keep_the_ordinally_smallest_whatever_their_order()
    {
        ApertiumAnalysis[] analyses = [new("hablase", "hablar<vblex><pis><p1><sg>"), new("hablara", "hablar<vblex><pis><p1><sg>")];

        var forward = ApertiumTriples.Build(analyses, AnalysisRules.Default);
        var backward = ApertiumTriples.Build(analyses.Reverse(), AnalysisRules.Default);

        Assert.Equal("hablara", Assert.Single(forward).Form);
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Triples_are_sorted_by_lemma_then_features()
    {
        ApertiumAnalysis[] analyses =
        [
            new("hablo", "hablar<vblex><pri><p1><sg>"), new("casas", "casa<n><f><pl>"), new("hablar", "hablar<vblex><inf>"),
            new("casa", "casa<n><f><sg>"),
        ];

        var triples = ApertiumTriples.Build(analyses, AnalysisRules.Default);

        Assert.Equal(["casa N;FEM;PL", "casa N;FEM;SG", "hablar V;IND;PRS;1;SG", "hablar V;NFIN"], triples.Select(t => $"{t.Lemma} {t.Features}"));
    }
}
