using LangExpand.Core.Annotated;
using LangExpand.Core.Features;
using LangExpand.Morphology;
using LangExpand.Synthesis.Inflection;

namespace LangExpand.Synthesis.Tests.Inflection;

/// <summary>The bundle comes from the part of speech's inventory, never from a partial paradigm's wrong cell.</summary>
public sealed class BundleChoiceTests
{
    /// <summary>Partial paradigms: lemma, bundle, form, one cell a line.</summary>
    private static readonly TargetParadigms Spanish = ParadigmText.Parse("""
        personaje N;MASC;SG personaje
        libro N;MASC;SG libro
        árbol N;MASC;SG árbol
        libro N;MASC;PL libros
        perro N;MASC;PL perros
        casa N;FEM;SG casa
        casa N;FEM;PL casas
        venir V;IND;PRS;3;PL vienen
        nominar V;IND;PRS;1;SG nomino
        caminar V;IND;PRS;3;SG camina
        caminar V;IND;PST;PFV;3;SG caminó
        caminar V;IND;PST;PFV;1;PL caminamos
        hablar V;IND;PST;PFV;3;SG habló
        """);

    /// <summary>Writes the lemma and the bundle it was asked for, so a test sees which bundle reached the model.</summary>
    private sealed class EchoModel : IInflector
    {
        public string Inflect(string lemma, FeatureBundle features) => $"{lemma}<{features}>";
    }

    /// <summary>The re-inflection without its FEATS (<see cref="TargetFeatsTests"/> checks those).</summary>
    private static ReInflection Inflect(string lemma, string upos, string feats) =>
        new ReInflector(Spanish, new EchoModel()).Inflect(lemma, upos, UdFeatures.TryParse(feats, out var parsed) ? parsed : throw new ArgumentException(feats)) with { Feats = null };

    [Fact]
    public void A_lemma_with_only_a_singular_cell_is_inflected_plural_by_the_model_when_the_source_is_plural() =>
        Assert.Equal(new ReInflection("personaje<N;MASC;PL>", InflectionSource.Model, "N;MASC;PL"), Inflect("personaje", "NOUN", "Number=Plur"));

    [Fact]
    public void A_lemma_with_only_a_plural_cell_is_inflected_singular_by_the_model_when_the_source_is_singular() =>
        Assert.Equal(new ReInflection("venir<V;IND;PRS;3;SG>", InflectionSource.Model, "V;IND;PRS;3;SG"),
            Inflect("venir", "VERB", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"));

    [Fact]
    public void A_past_source_never_gets_the_present_cell_of_a_partial_paradigm() =>
        Assert.Equal(new ReInflection("nominar<V;IND;PST;PFV;3;SG>", InflectionSource.Model, "V;IND;PST;PFV;3;SG"),
            Inflect("nominar", "VERB", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"));

    [Fact]
    public void Tense_person_and_number_are_all_honoured_and_the_lemma_s_own_cell_is_used_when_it_has_that_bundle()
    {
        Assert.Equal(new ReInflection("caminamos", InflectionSource.Table, "V;IND;PST;PFV;1;PL"),
            Inflect("caminar", "VERB", "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin"));
        Assert.Equal(new ReInflection("camina", InflectionSource.Table, "V;IND;PRS;3;SG"),
            Inflect("caminar", "VERB", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"));
    }

    [Fact]
    public void Where_the_source_leaves_a_feature_open_an_attested_cell_wins_over_a_more_frequent_bundle() =>
        Assert.Equal(new ReInflection("casas", InflectionSource.Table, "N;FEM;PL"), Inflect("casa", "NOUN", "Number=Plur"));

    [Fact]
    public void Without_a_model_a_bundle_the_lemma_lacks_leaves_the_lemma_as_it_is() =>
        Assert.Equal(new ReInflection("personaje", InflectionSource.Lemma, "N;MASC;PL"),
            new ReInflector(Spanish).Inflect("personaje", "NOUN", UdFeatures.TryParse("Number=Plur", out var plural) ? plural : null!));

    [Fact]
    public void A_source_that_asks_for_nothing_gets_the_most_frequent_bundle_of_its_part_of_speech()
    {
        Assert.Equal(new ReInflection("carro<N;MASC;SG>", InflectionSource.Model, "N;MASC;SG"), Inflect("carro", "NOUN", "_"));
        Assert.Equal("N;MASC;SG", Spanish.BestBundle("carro", "N", [])?.ToString());
    }

    [Fact]
    public void Values_the_part_of_speech_never_marks_drop_out_and_ties_go_to_the_first_bundle_in_ordinal_order()
    {
        Assert.Equal("V;IND;PST;PFV;3;SG", Spanish.BestBundle("saltar", "V", [["PST"], ["3"], ["SG"], ["PASS"], ["NFH"]])?.ToString());
        Assert.Equal("V;IND;PRS;1;SG", Spanish.BestBundle("saltar", "V", [["PRS"]])?.ToString());
    }

    [Fact]
    public void A_part_of_speech_the_table_lacks_has_no_bundle_and_the_lemma_is_written() =>
        Assert.Equal(new ReInflection("rápido", InflectionSource.Lemma, null), Inflect("rápido", "ADJ", "Degree=Pos"));

    [Fact]
    public void Re_inflection_turned_off_writes_the_target_lemma_as_it_is() =>
        Assert.Equal(new ReInflection("personaje", InflectionSource.Off, null),
            ReInflector.Off().Inflect("personaje", "NOUN", UdFeatures.TryParse("Number=Plur", out var plural) ? plural : null!));
}
