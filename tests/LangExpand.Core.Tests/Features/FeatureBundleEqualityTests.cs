using LangExpand.Core.Features;

namespace LangExpand.Core.Tests.Features;

/// <summary>Bundles compare as sets: written order and padding do not matter, the features themselves do.</summary>
public class FeatureBundleEqualityTests
{
    [Theory]
    [InlineData("V;PST;3;SG", "SG;3;PST;V")]
    [InlineData("V;IMP;ACC(2,SG);NOM(INFM,2,SG)", "NOM(SG,INFM,2);V;ACC(SG,2);IMP")]
    [InlineData("N;NOM(PL;PSS(1,PL))", "NOM(PSS(PL,1);PL);N")]
    [InlineData("V;PFV/PRF", "PRF/PFV;V")]
    [InlineData("ADJ;ABL; PL", "ADJ;ABL;PL")]
    [InlineData("pos=V,tense=PST,num={DU/PL}", "num={PL/DU},pos=V,tense=PST")]
    public void Bundles_with_the_same_features_in_another_order_are_equal(string left, string right)
    {
        var (a, b) = (FeatureBundle.Parse(left), FeatureBundle.Parse(right));

        Assert.Equal(a, b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(a.ToCanonicalString(), b.ToCanonicalString());
    }

    [Theory]
    [InlineData("V;PST;3;SG", "V;PST;3;PL")]
    [InlineData("V;PST;3;SG", "V;PST;3")]
    [InlineData("ADJ;IN+ALL;SG", "ADJ;ALL+IN;SG")]
    [InlineData("V;ACC(2,SG)", "V;ACC(2,PL)")]
    [InlineData("V;ACC(2,SG)", "V;ACC;2;SG")]
    [InlineData("V;non{PRS}", "V;PRS")]
    [InlineData("pos=V", "V")]
    [InlineData("V;V;PST", "V;PST")]
    public void Bundles_with_different_features_are_not_equal(string left, string right)
    {
        Assert.NotEqual(FeatureBundle.Parse(left), FeatureBundle.Parse(right));
    }

    [Fact]
    public void A_bundle_is_not_equal_to_null_or_to_another_type()
    {
        var bundle = FeatureBundle.Parse("V;PST");

        Assert.False(bundle.Equals(null));
        Assert.False(bundle.Equals("V;PST"));
    }

    [Fact]
    public void Equal_bundles_find_each_other_in_a_set()
    {
        var seen = new HashSet<FeatureBundle> { FeatureBundle.Parse("V;PST;3;SG") };

        Assert.Contains(FeatureBundle.Parse("3;SG;V;PST"), seen);
    }

    [Theory]
    [InlineData("SG;3;PST;V", "V;3;PST;SG")]
    [InlineData("PST;V.PTCP", "V.PTCP;PST")]
    [InlineData("ADJ;ABL; PL", "ADJ;ABL;PL")]
    [InlineData("NOM(SG,INFM,2);V;IMP", "V;IMP;NOM(2,INFM,SG)")]
    [InlineData("PRF/PFV;V", "V;PFV/PRF")]
    [InlineData("SG;ALL+IN;ADJ", "ADJ;ALL+IN;SG")]
    [InlineData("tense=PST,pos=V,num={PL/DU}", "pos=V,num={DU/PL},tense=PST")]
    [InlineData("SG;PST", "PST;SG")]
    public void The_canonical_string_puts_the_part_of_speech_first_then_the_rest_in_ordinal_order(string text, string canonical)
    {
        Assert.Equal(canonical, FeatureBundle.Parse(text).ToCanonicalString());
    }

    [Theory]
    [InlineData("V;PST;3;SG", "V")]
    [InlineData("SG;N;NOM", "N")]
    [InlineData("V.PTCP;PST", "V.PTCP")]
    [InlineData("ADJ;ABL; PL", "ADJ")]
    [InlineData("NOM(PL;PSS(1,PL));N", "N")]
    [InlineData("tense=PST,pos=V", "V")]
    [InlineData("PST;3;SG", null)]
    [InlineData("tense=PST", null)]
    public void The_part_of_speech_is_found_wherever_it_is_written(string text, string? partOfSpeech)
    {
        Assert.Equal(partOfSpeech, FeatureBundle.Parse(text).PartOfSpeech);
    }

    [Theory]
    [InlineData("V;PST;3;SG", "V|PST|3|SG")]
    [InlineData("V;IMP;ACC(2,SG);NOM(INFM,2,SG)", "V|IMP|ACC|ACC(2)|ACC(SG)|NOM|NOM(INFM)|NOM(2)|NOM(SG)")]
    [InlineData("N;NOM(PL;PSS(1,PL))", "N|NOM|NOM(PL)|NOM(PSS)|NOM(PSS(1))|NOM(PSS(PL))")]
    [InlineData("ADJ;IN+ALL; SG", "ADJ|IN+ALL|SG")]
    [InlineData("V;HAB;non{PRS}", "V|HAB|non{PRS}")]
    [InlineData("pos=V,num={DU/PL}", "pos=V|num={DU/PL}")]
    public void Atoms_flatten_layered_features_into_scoped_values(string text, string atoms)
    {
        Assert.Equal(atoms, string.Join('|', FeatureBundle.Parse(text).Atoms()));
    }

    [Theory]
    [InlineData("2;IND;PFV;POS;PST;SG;V;V.PTCP", "V.PTCP;V;2;IND;PFV;POS;PST;SG")]
    [InlineData("ADJ;DEF;N;NOM;PL;SG", "N;ADJ;DEF;NOM;PL;SG")]
    public void Equal_bundles_with_two_parts_of_speech_share_one_canonical_string(string left, string right)
    {
        var (a, b) = (FeatureBundle.Parse(left), FeatureBundle.Parse(right));

        Assert.Equal(a, b);
        Assert.Equal(a.ToCanonicalString(), b.ToCanonicalString());
        Assert.Equal(a.PartOfSpeech, b.PartOfSpeech);
    }
}
