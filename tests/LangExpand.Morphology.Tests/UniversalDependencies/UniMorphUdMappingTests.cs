using LangExpand.Core.Annotated;
using LangExpand.Core.Features;
using LangExpand.Morphology.UniversalDependencies;

namespace LangExpand.Morphology.Tests.UniversalDependencies;

public sealed class UniMorphUdMappingTests
{
    private static (string Feats, string Unmapped) Map(string bundle)
    {
        var feats = UniMorphUdMapping.Default.Map(FeatureBundle.Parse(bundle), out var unmapped);
        return (feats.ToString(), string.Join(' ', unmapped));
    }

    [Theory]
    [InlineData("N;FEM;PL", "Gender=Fem|Number=Plur", "")]
    [InlineData("V;IND;PST;PFV;3;SG", "Aspect=Perf|Mood=Ind|Number=Sing|Person=3|Tense=Past", "")]
    [InlineData("V;IND;PST;IPFV;1;PL", "Mood=Ind|Number=Plur|Person=1|Tense=Imp", "")]
    [InlineData("V;SBJV;PST;PRF;2;SG", "Mood=Sub|Number=Sing|Person=2|Tense=Pqp", "")]
    [InlineData("V.PTCP;PST;FEM;PL", "Gender=Fem|Number=Plur|Tense=Past|VerbForm=Part", "")]
    [InlineData("V;NFIN", "VerbForm=Inf", "")]
    [InlineData("V;IND;PRS;NOM(3,SG)", "Mood=Ind|Number=Sing|Person=3|Tense=Pres", "")]
    [InlineData("N;ESS;SG", "Case=Loc|Number=Sing", "")]
    [InlineData("N;IN+ABL;PL", "Case=Ela|Number=Plur", "")]
    [InlineData("ADJ;CMPR", "Degree=Cmp", "")]
    [InlineData("N;PSSD;SG", "Number=Sing", "PSSD")]
    [InlineData("N", "_", "")]
    public void Unimorph_bundles_map_back_to_ud_features_longest_value_first(string bundle, string feats, string unmapped) =>
        Assert.Equal((feats, unmapped), Map(bundle));

    [Fact]
    public void Every_preferred_spelling_no_earlier_row_prefers_maps_back_to_its_own_ud_value()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (feature, value) in new[] { ("Number", "Sing"), ("Number", "Plur"), ("Gender", "Masc"), ("Case", "Loc"), ("Case", "Ine"),
            ("Tense", "Imp"), ("Tense", "Pqp"), ("Aspect", "Imp"), ("Mood", "Cnd"), ("Polite", "Form"), ("VerbForm", "Ger"), ("Definite", "Ind") })
        {
            Assert.True(UdFeatures.TryParse($"{feature}={value}", out var ud));
            var spelling = UdFeatureMapping.Default.Map("X", ud, out _).Single().Alternatives[0];
            Assert.True(seen.Add(spelling));
            Assert.Equal($"{feature}={value}", Map("X;" + spelling).Feats);
        }
    }

    [Theory]
    [InlineData("VerbForm", "Fin")]
    [InlineData("Degree", "Pos")]
    [InlineData("Number", null)]
    public void The_unmarked_value_of_a_feature_is_the_one_the_table_maps_to_nothing(string feature, string? value) =>
        Assert.Equal(value, UniMorphUdMapping.Default.Unmarked(feature));
}
