using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LangExpand.Morphology.Classifier;

namespace LangExpand.Morphology.Tests.Classifier;

/// <summary>Edit trees: what each pair derives, that a tree rebuilds its own form, and where it applies (or not).</summary>
public class EditTreeTests
{
    [Theory]
    [InlineData("walk", "walked", "M(0,0,_,\"\"→\"ed\")")] // suffix
    [InlineData("tabu", "matabu", "M(0,0,\"\"→\"ma\",_)")] // prefix
    [InlineData("machen", "gemacht", "M(0,2,\"\"→\"ge\",\"en\"→\"t\")")] // circumfix
    [InlineData("Vater", "Väter", "M(2,0,M(0,1,_,\"a\"→\"ä\"),_)")] // umlaut inside the stem
    [InlineData("katu", "kadun", "M(0,2,_,M(1,0,\"t\"→\"d\",\"\"→\"n\"))")] // Finnish-like gradation plus ending
    [InlineData("kalbas", "kalbos", "M(0,2,_,M(1,0,\"a\"→\"o\",_))")] // vowel change before the last consonant
    [InlineData("go", "went", "\"go\"→\"went\"")] // suppletion: nothing shared
    [InlineData("x", "", "\"x\"→\"\"")]
    [InlineData("", "x", "\"\"→\"x\"")]
    public void Each_pair_derives_the_tree_of_its_longest_common_substrings_and_the_tree_rebuilds_the_form(string lemma, string form, string tree)
    {
        var derived = EditTreeBuilder.Build(lemma, form);

        Assert.Equal(tree, derived.ToString());
        Assert.Equal(form, derived.Apply(lemma));
    }

    [Theory]
    [InlineData("Vater", "Väter", "Mantel", "Mäntel")]
    [InlineData("Vater", "Väter", "Garten", "Gärten")]
    [InlineData("katu", "kadun", "satu", "sadun")]
    [InlineData("katu", "kadun", "pata", "padan")]
    [InlineData("machen", "gemacht", "sagen", "gesagt")]
    [InlineData("walk", "walked", "a", "aed")]
    [InlineData("tabu", "matabu", "rino", "marino")]
    public void A_tree_applies_to_other_lemmas_of_the_same_shape_whatever_their_stem(string lemma, string form, string other, string expected)
    {
        var tree = EditTreeBuilder.Build(lemma, form);

        Assert.True(tree.AppliesTo(other));
        Assert.Equal(expected, tree.Apply(other));
    }

    [Theory]
    [InlineData("Vater", "Väter", "Apfel")] // no "a" in second position
    [InlineData("katu", "kadun", "talo")] // no "t" before the last letter
    [InlineData("machen", "gemacht", "Haus")] // no "en" to replace
    [InlineData("machen", "gemacht", "n")] // too short for the suffix
    [InlineData("go", "went", "do")] // a substitution applies to its own text only
    public void A_tree_does_not_apply_where_its_substitutions_find_other_text(string lemma, string form, string other)
    {
        var tree = EditTreeBuilder.Build(lemma, form);

        Assert.False(tree.AppliesTo(other));
        Assert.Null(tree.Apply(other));
    }

    [Fact]
    public void Trees_that_make_the_same_change_are_equal_so_they_form_one_class()
    {
        Assert.Equal(EditTreeBuilder.Build("walk", "walked"), EditTreeBuilder.Build("jump", "jumped"));
        Assert.Equal(EditTreeBuilder.Build("Vater", "Väter"), EditTreeBuilder.Build("Garten", "Gärten"));
        Assert.NotEqual(EditTreeBuilder.Build("walk", "walked"), EditTreeBuilder.Build("walk", "walks"));
    }

    [Fact]
    public void Matches_never_split_a_surrogate_pair()
    {
        var tree = EditTreeBuilder.Build("𝒳ab", "𝒳ac");

        Assert.Equal("M(0,1,_,\"b\"→\"c\")", tree.ToString());
        Assert.Equal("𝒴ac", tree.Apply("𝒴ab"));
        Assert.Equal("\"𝒳\"→\"𝒴\"", EditTreeBuilder.Build("𝒳", "𝒴").ToString());
    }

    private static readonly Gen<string> Word = Gen.Elements("a", "b", "n", "ä", "\U0001D4B3").ArrayOf().Select(string.Concat);

    private static readonly Arbitrary<(string Lemma, string Form)> Pairs = (from lemma in Word from form in Word select (lemma, form)).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property The_tree_of_any_pair_rebuilds_the_form_and_holds_whole_characters_only() =>
        Prop.ForAll(Pairs, pair =>
        {
            var tree = EditTreeBuilder.Build(pair.Lemma, pair.Form);
            return tree.Apply(pair.Lemma) == pair.Form && IsWellFormed(tree.ToString());
        });

    private static bool IsWellFormed(string text)
    {
        try
        {
            new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(text);
            return true;
        }
        catch (System.Text.EncoderFallbackException)
        {
            return false;
        }
    }
}
