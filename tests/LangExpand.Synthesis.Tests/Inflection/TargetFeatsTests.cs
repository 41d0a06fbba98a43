using LangExpand.Core.Annotated;
using LangExpand.Synthesis.Inflection;

namespace LangExpand.Synthesis.Tests.Inflection;

public sealed class TargetFeatsTests
{
    /// <summary>The FEATS of <paramref name="lemma"/> re-inflected with <paramref name="table"/> for a source word; null when none were made.</summary>
    private static RewrittenFeats? Feats(TargetParadigms table, string lemma, string upos, string feats) =>
        new ReInflector(table).Inflect(lemma, upos, UdFeatures.TryParse(feats, out var parsed) ? parsed : throw new ArgumentException(feats)).Feats;

    /// <summary>A Spanish table with both numbers of nouns, a few verb cells and an infinitive, and singular determiners.</summary>
    private static readonly TargetParadigms Complete = ParadigmText.Parse("""
        casa N;FEM;SG casa
        casa N;FEM;PL casas
        carro N;MASC;SG carro
        caminar V;IND;PRS;3;SG camina
        caminar V;IND;PST;IPFV;3;SG caminaba
        caminar V;NFIN caminar
        el DET;MASC;SG el
        """);

    /// <summary>A partial table: singular nouns only, no infinitive.</summary>
    private static readonly TargetParadigms Partial = ParadigmText.Parse("""
        carro N;MASC;SG carro
        caminar V;IND;PRS;3;SG camina
        """);

    [Fact]
    public void A_plural_noun_gains_the_gender_of_its_spanish_cell() =>
        Assert.Equal(new RewrittenFeats("Gender=Fem|Number=Plur", "Number=Plur"), Feats(Complete, "casa", "NOUN", "Number=Plur"));

    [Fact]
    public void With_only_singular_nouns_in_the_table_the_number_is_replaced_by_the_bundles() =>
        Assert.Equal("Gender=Masc|Number=Sing", Feats(Partial, "carro", "NOUN", "Number=Plur")?.Target);

    [Fact]
    public void Features_the_target_part_of_speech_never_marks_are_kept_from_the_source() =>
        Assert.Equal("Definite=Def|Gender=Masc|Number=Sing|PronType=Art", Feats(Complete, "el", "DET", "Definite=Def|PronType=Art")?.Target);

    [Fact]
    public void An_imperfect_bundle_gives_tense_imp_and_a_finite_verb_the_unmarked_verb_form_where_the_table_marks_verb_forms() =>
        Assert.Equal("Mood=Ind|Number=Sing|Person=3|Tense=Imp|VerbForm=Fin",
            Feats(Complete, "caminar", "VERB", "Mood=Ind|Number=Sing|Person=3|Tense=Imp|VerbForm=Fin")?.Target);

    [Fact]
    public void Where_the_table_marks_no_verb_form_the_source_verb_form_stays_and_the_tense_is_replaced() =>
        Assert.Equal("Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
            Feats(Partial, "caminar", "VERB", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin")?.Target);

    [Fact]
    public void A_source_without_features_gets_all_of_the_bundles_features() =>
        Assert.Equal(new RewrittenFeats("Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "_"), Feats(Complete, "caminar", "VERB", "_"));

    [Fact]
    public void A_word_written_as_its_lemma_has_no_target_feats() =>
        Assert.Null(Feats(Complete, "saltar", "NOUN", "Number=Plur"));
}
