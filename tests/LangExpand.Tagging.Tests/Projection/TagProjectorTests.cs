using LangExpand.Core.Diagnostics;
using LangExpand.Tagging.Projection;

namespace LangExpand.Tagging.Tests.Projection;

public sealed class TagProjectorTests
{
    private static readonly ProjectionOptions KeepAll = new(MinLabelledShare: 0);

    /// <summary>The tags with "-" for an unlabelled word.</summary>
    private static string[] Shown(string?[] tags) => [.. tags.Select(t => t ?? "-")];

    [Fact]
    public void A_target_word_takes_the_tag_most_of_its_source_words_have_and_the_first_linked_on_a_tie()
    {
        var pair = new AlignedPair(["DET", "NOUN", "NOUN", "VERB"], ["la", "casa", "corre"], [(0, 0), (3, 1), (1, 1), (2, 1), (3, 2), (0, 2)]);

        var (_, tags) = Assert.Single(TagProjector.Project([pair], KeepAll));

        Assert.Equal(["DET", "NOUN", "VERB"], Shown(tags));
    }

    [Fact]
    public void Punctuation_is_PUNCT_and_an_unlinked_word_of_an_unknown_type_stays_unlabelled()
    {
        var pair = new AlignedPair(["NOUN"], ["casa", "azul", "¡", "..."], [(0, 0)]);

        var (_, tags) = Assert.Single(TagProjector.Project([pair], KeepAll));

        Assert.Equal(["NOUN", "-", "PUNCT", "PUNCT"], Shown(tags));
    }

    [Fact]
    public void An_unlinked_word_takes_its_type_s_tag_when_the_type_was_projected_often_and_consistently_enough()
    {
        var linked = Enumerable.Range(0, 3).Select(_ => new AlignedPair(["NOUN"], ["Casa"], [(0, 0)]));
        var unlinked = new AlignedPair(["VERB"], ["casa", "ve"], [(0, 1)]);

        var projected = TagProjector.Project([.. linked, unlinked], KeepAll);

        Assert.Equal(["NOUN", "VERB"], Shown(projected[3].Tags));
        Assert.Equal(["-", "VERB"], Shown(TagProjector.Project([linked.First(), unlinked], KeepAll)[1].Tags));
    }

    [Fact]
    public void Sentences_with_too_few_labelled_words_are_dropped_and_the_kept_ones_keep_their_index()
    {
        var pairs = new[] { new AlignedPair(["NOUN"], ["a", "b"], [(0, 0)]), new AlignedPair(["NOUN"], ["c"], [(0, 0)]), new AlignedPair([], [], []) };

        var projected = TagProjector.Project(pairs, new ProjectionOptions(MinLabelledShare: 1));

        Assert.Equal([1], projected.Select(p => p.Pair));
    }

    [Theory]
    [InlineData(-0.1, 0.5, 3)]
    [InlineData(double.NaN, 0.5, 3)]
    [InlineData(1, 1.5, 3)]
    [InlineData(1, 0.5, 0)]
    public void Settings_out_of_range_are_an_invalid_option(double minLabelled, double typeShare, int typeCount)
    {
        var error = Assert.Throws<LangExpandException>(() => TagProjector.Project([], new ProjectionOptions(minLabelled, typeCount, typeShare)));

        Assert.Equal(ErrorCode.InvalidOption, error.Code);
    }
}
