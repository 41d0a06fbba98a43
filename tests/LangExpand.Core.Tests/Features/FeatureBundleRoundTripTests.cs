using LangExpand.Core.Features;

namespace LangExpand.Core.Tests.Features;

/// <summary>Every spelling found in real UniMorph and SIGMORPHON data parses and is written back character for character.</summary>
public class FeatureBundleRoundTripTests
{
    [Theory]
    [InlineData("V;PST;3;SG", FeatureSyntax.UniMorph)]
    [InlineData("pos=V,tense=PST,num={DU/PL}", FeatureSyntax.KeyValue)]
    [InlineData("pos=V,arg=ARGNO2S+ARGAC3SF", FeatureSyntax.KeyValue)]
    [InlineData("V;IMP;ACC(2,SG);NOM(INFM,2,SG)", FeatureSyntax.UniMorph)]
    [InlineData("N;NOM(PL;PSS(1,PL))", FeatureSyntax.UniMorph)]
    [InlineData("ADJ;IN+ALL;SG", FeatureSyntax.UniMorph)]
    [InlineData("V;PFV/PRF", FeatureSyntax.UniMorph)]
    [InlineData("V;HAB;INT;non{PRS}", FeatureSyntax.UniMorph)]
    [InlineData("N;LGSPEC1;PL", FeatureSyntax.UniMorph)]
    [InlineData("V.PTCP;PST", FeatureSyntax.UniMorph)]
    [InlineData("ADJ;ABL; PL", FeatureSyntax.UniMorph)]
    [InlineData("INDF;LGSPEC1;N;SG;ACC", FeatureSyntax.UniMorph)]
    [InlineData("pos=V,mood=REAL,per=3,num={DU/PL},aspect={PFV/PRF}", FeatureSyntax.KeyValue)]
    [InlineData("PST", FeatureSyntax.UniMorph)]
    public void Real_bundles_round_trip_exactly(string text, FeatureSyntax syntax)
    {
        var bundle = FeatureBundle.Parse(text);

        Assert.Equal(text, bundle.ToString());
        Assert.Equal(syntax, bundle.Syntax);
        Assert.True(FeatureBundle.TryParse(text, out var again, out var error));
        Assert.Null(error);
        Assert.Equal(text, again.ToString());
    }

    [Theory]
    [InlineData("V;IMP;ACC(2,SG);NOM(INFM,2,SG)", "V IMP ACC(2,SG):2 NOM(INFM,2,SG):3")]
    [InlineData("N;NOM(PL;PSS(1,PL))", "N NOM(PL;PSS(1,PL)):2")]
    [InlineData("V;PST;3;SG", "V PST 3 SG")]
    public void Layered_features_are_single_elements_with_their_arguments(string text, string elements)
    {
        var written = FeatureBundle.Parse(text).Elements
            .Select(e => e is LayeredFeature layer ? $"{e}:{layer.Arguments.Count}" : e.ToString());

        Assert.Equal(elements, string.Join(' ', written));
    }

    [Fact]
    public void Nested_layers_keep_their_separators_and_arguments()
    {
        var nominative = Assert.IsType<LayeredFeature>(FeatureBundle.Parse("N;NOM(PL;PSS(1,PL))").Elements[1]);

        Assert.Equal(";", nominative.Separators);
        var possessor = Assert.IsType<LayeredFeature>(nominative.Arguments[1]);
        Assert.Equal(("PSS", ","), (possessor.Name, possessor.Separators));
        Assert.Equal(["1", "PL"], possessor.Arguments.Select(a => a.ToString()));
    }

    [Theory]
    [InlineData("ADJ;IN+ALL;SG", 1, '+', "IN,ALL")]
    [InlineData("V;PFV/PRF", 1, '/', "PFV,PRF")]
    public void Joined_values_are_combinations(string text, int index, char @operator, string parts)
    {
        var combination = Assert.IsType<FeatureCombination>(FeatureBundle.Parse(text).Elements[index]);

        Assert.Equal(@operator, combination.Operator);
        Assert.Equal(parts, string.Join(',', combination.Parts));
    }

    [Theory]
    [InlineData("V;HAB;INT;non{PRS}", 3, true)]
    [InlineData("V;{PST/PRS}", 1, false)]
    public void Braced_values_are_groups_and_non_marks_a_negation(string text, int index, bool negation)
    {
        var group = Assert.IsType<FeatureGroup>(FeatureBundle.Parse(text).Elements[index]);

        Assert.Equal(negation, group.IsNegation);
    }

    [Fact]
    public void Key_value_items_keep_key_and_value()
    {
        var items = FeatureBundle.Parse("pos=V,num={DU/PL}").Elements.Cast<KeyValueFeature>().ToList();

        Assert.Equal(["pos", "num"], items.Select(i => i.Key));
        Assert.IsType<FeatureGroup>(items[1].Value);
    }

    [Fact]
    public void A_space_after_a_separator_is_padding_not_part_of_the_feature()
    {
        var padded = Assert.IsType<PaddedFeature>(FeatureBundle.Parse("ADJ;ABL; PL").Elements[2]);

        Assert.Equal(("PL", " PL"), (padded.Inner.ToString(), padded.ToString()));
    }
}
