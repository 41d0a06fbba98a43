using LangExpand.Core.Features;

namespace LangExpand.Core.Tests.Features;

/// <summary>Malformed bundles are rejected with the 1-based column of the first character that does not fit.</summary>
public class FeatureBundleErrorTests
{
    [Theory]
    [InlineData("", 1)]
    [InlineData("V;;PST", 3)]
    [InlineData("V;PST;", 7)]
    [InlineData("ACC(2,SG", 9)]
    [InlineData("V;PST)", 6)]
    [InlineData("V PST", 3)]
    [InlineData("pos=V,tense", 12)]
    [InlineData("V;{PST", 7)]
    [InlineData("V;\tPST", 3)]
    [InlineData("V;ACC()", 7)]
    [InlineData("V;IN+;SG", 6)]
    [InlineData("pos=V;tense=PST", 6)]
    public void Malformed_bundles_are_rejected_with_a_column(string text, int column)
    {
        Assert.False(FeatureBundle.TryParse(text, out var bundle, out var error));

        Assert.Null(bundle);
        Assert.Contains($"at column {column}:", error);
        var thrown = Assert.Throws<FormatException>(() => FeatureBundle.Parse(text));
        Assert.Equal(error, thrown.Message);
    }

    [Theory]
    [InlineData("V;PST;", 7, "found the end, expected a feature value")]
    [InlineData("V;PST)", 6, "found ')', expected ';' or the end of the bundle")]
    [InlineData("ACC(2,SG", 9, "found the end, expected ')'")]
    [InlineData("pos=V,tense", 12, "found the end, expected '='")]
    public void The_error_quotes_the_bundle_and_says_what_was_found_and_what_was_expected(string text, int column, string detail)
    {
        FeatureBundle.TryParse(text, out _, out var error);

        Assert.Equal($"bad feature syntax in \"{text}\" at column {column}: {detail}", error);
    }

    [Fact]
    public void A_bundle_nested_30k_deep_is_rejected_naming_the_depth_limit_instead_of_overflowing_the_stack()
    {
        var text = string.Concat(Enumerable.Repeat("NOM(", 30_000)) + "1" + new string(')', 30_000);

        Assert.False(FeatureBundle.TryParse(text, out _, out var error));

        Assert.Contains($"at column {4 * FeatureBundle.MaxNestingDepth + 1}:", error);
        Assert.Contains($"nested at most {FeatureBundle.MaxNestingDepth} deep", error);
        Assert.True(error!.Length < 300);
    }
}
