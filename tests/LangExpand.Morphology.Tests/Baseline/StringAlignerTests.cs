using LangExpand.Morphology.Baseline;

namespace LangExpand.Morphology.Tests.Baseline;

/// <summary>The Levenshtein alignment on hostile lengths: it runs on an explicit stack, not one call per character.</summary>
public class StringAlignerTests
{
    [Fact]
    public void A_100k_character_lemma_aligns_without_overflowing_the_stack()
    {
        var lemma = Enumerable.Repeat((int)'a', 100_000).ToArray();
        int[] form = ['a', 'b'];

        var (upper, lower) = StringAligner.Levenshtein(lemma, form);

        Assert.Equal(100_000, upper.Length);
        Assert.Equal(upper.Length, lower.Length);
        Assert.Equal(form, lower.Where(c => c != CodePoints.Pad).ToArray());
    }
}
