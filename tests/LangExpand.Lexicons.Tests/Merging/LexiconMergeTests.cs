using LangExpand.Lexicons.Merging;

namespace LangExpand.Lexicons.Tests.Merging;

public class LexiconMergeTests
{
    private static LexiconEntry Entry(string source, string target, double score, LexiconDirection direction, string resource, int line, string? tag = null) =>
        new(new LexiconSide(source, "n"), new LexiconSide(target, "n", tag is null ? null : [tag]), score, direction, new LexiconProvenance(resource, line));

    [Fact]
    public void Duplicates_fold_into_the_first_keeping_the_best_score_with_its_provenance_and_tags()
    {
        LexiconEntry[] first = [Entry("casa", "house", 0.5, LexiconDirection.Both, "a.tsv", 1), Entry("perro", "dog", 1, LexiconDirection.Both, "a.tsv", 2)];
        LexiconEntry[] second = [Entry("gato", "cat", 1, LexiconDirection.Both, "b.tsv", 1), Entry("casa", "house", 0.9, LexiconDirection.Both, "b.tsv", 7, "f")];

        var result = LexiconMerge.Merge([first, second]);

        Assert.Equal([Entry("casa", "house", 0.9, LexiconDirection.Both, "b.tsv", 7, "f"), first[1], second[0]], result.Entries);
        Assert.Equal((4, 0, 1), (result.Read, result.FilteredOut, result.DuplicatesMerged));
    }

    [Fact]
    public void Among_equal_scores_the_earlier_input_wins()
    {
        var result = LexiconMerge.Merge([[Entry("a", "b", 1, LexiconDirection.Both, "first", 1)], [Entry("a", "b", 1, LexiconDirection.Both, "second", 1)]]);

        Assert.Equal("first", Assert.Single(result.Entries).Provenance.Resource);
    }

    [Theory]
    [InlineData(LexiconDirection.SourceToTarget, LexiconDirection.TargetToSource, LexiconDirection.Both)]
    [InlineData(LexiconDirection.SourceToTarget, LexiconDirection.SourceToTarget, LexiconDirection.SourceToTarget)]
    [InlineData(LexiconDirection.TargetToSource, LexiconDirection.Both, LexiconDirection.Both)]
    public void A_folded_entry_works_in_every_direction_of_its_duplicates(LexiconDirection first, LexiconDirection second, LexiconDirection merged)
    {
        var result = LexiconMerge.Merge([[Entry("a", "b", 1, first, "x", 1), Entry("a", "b", 1, second, "x", 2)]]);

        Assert.Equal(merged, Assert.Single(result.Entries).Direction);
    }

    [Fact]
    public void Entries_differing_in_part_of_speech_are_not_duplicates()
    {
        var verb = new LexiconEntry(new LexiconSide("walk", "vblex"), new LexiconSide("andar", "vblex"), 1, LexiconDirection.Both, new LexiconProvenance("x"));
        var noun = verb with { Source = new LexiconSide("walk", "n"), Target = new LexiconSide("andar", "n") };

        Assert.Equal(2, LexiconMerge.Merge([[verb, noun]]).Entries.Count);
    }

    [Fact]
    public void The_filter_runs_before_deduplication_and_is_counted()
    {
        var result = LexiconMerge.Merge([[Entry("a", "b", 0.1, LexiconDirection.Both, "x", 1), Entry("a", "b", 0.8, LexiconDirection.SourceToTarget, "x", 2)]],
            new LexiconFilter(MinScore: 0.5));

        Assert.Equal((LexiconDirection.SourceToTarget, 2), (Assert.Single(result.Entries).Direction, Assert.Single(result.Entries).Provenance.Line));
        Assert.Equal((2, 1, 0), (result.Read, result.FilteredOut, result.DuplicatesMerged));
    }
}
