using LangExpand.Core.Annotated;
using LangExpand.Morphology.UniversalDependencies;

namespace LangExpand.Morphology.Tests.UniversalDependencies;

public sealed class UdFeatureMappingTests
{
    private static (string Mapped, string Unmapped) Map(string upos, string feats)
    {
        Assert.True(UdFeatures.TryParse(feats, out var features));
        var choices = UdFeatureMapping.Default.Map(upos, features, out var unmapped);
        return (string.Join(' ', choices.Select(c => string.Join('|', c.Alternatives))), string.Join(' ', unmapped));
    }

    [Theory]
    [InlineData("VERB", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "V IND SG 3 PRS", "")]
    [InlineData("NOUN", "Number=Plur", "N PL", "")]
    [InlineData("VERB", "VerbForm=Inf", "V NFIN", "")]
    [InlineData("VERB", "Tense=Past|VerbForm=Part", "V PST V.PTCP", "")]
    [InlineData("NOUN", "Case=Loc|Number=Sing", "N ESS|LOC|IN+ESS SG", "")]
    [InlineData("VERB", "Mood=Sub|Tense=Imp", "V SBJV PST;IPFV", "")]
    [InlineData("ADJ", "Degree=Pos", "ADJ", "")]
    [InlineData("PRON", "PronType=Int,Rel|Case=Dat", "PRO DAT", "PronType=Int PronType=Rel")]
    [InlineData("X", "_", "", "UPOS=X")]
    public void Ud_words_map_to_unimorph_values_and_report_what_has_no_mapping(string upos, string feats, string mapped, string unmapped) =>
        Assert.Equal((mapped, unmapped), Map(upos, feats));
}
