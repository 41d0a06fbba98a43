using System.Text.Json;
using LangExpand.Lexicons.Statistics;

namespace LangExpand.Lexicons.Tests.Statistics;

public class LexiconStatisticsTests
{
    private static readonly LexiconStatistics Statistics = LexiconStatistics.Compute(Fixtures.Varied);

    [Fact]
    public void Counts_cover_entries_distinct_sides_pos_directions_origins_and_provenance()
    {
        Assert.Equal((5, 4, 4, 5), (Statistics.Entries, Statistics.DistinctSources, Statistics.DistinctTargets, Statistics.DistinctPairs));
        Assert.Equal([new("n", 3), new(LexiconStatistics.NoPos, 2)], Statistics.SourcePos);
        Assert.Equal([new("(none)", 3), new("n", 2)], Statistics.TargetPos);
        Assert.Equal([new("both", 3), new("source-to-target", 1), new("target-to-source", 1)], Statistics.Directions);
        Assert.Equal([new("imported", 4), new("induced", 1)], Statistics.Origins);
        Assert.Equal([new("apertium-eu-en.eu-en.dix", 2), new("align run 3", 1), new("apertium:eng-spa", 1), new("wiki.jsonl", 1)], Statistics.Provenance);
    }

    [Fact]
    public void Markdown_shows_a_summary_and_one_table_per_breakdown()
    {
        var markdown = LexiconStatisticsReport.ToMarkdown(Statistics);

        Assert.StartsWith("| Measure | Entries |\n| :-- | --: |\n| Entries | 5 |\n| Distinct sources | 4 |\n", markdown);
        Assert.Contains("\n### Directions\n\n| Directions | Entries |\n| :-- | --: |\n| both | 3 |\n| source-to-target | 1 |\n| target-to-source | 1 |\n", markdown);
        Assert.Contains("### Provenance", markdown);
    }

    [Fact]
    public void Json_holds_the_same_counts_for_machines()
    {
        using var json = JsonDocument.Parse(LexiconStatisticsReport.ToJson(Statistics));
        var root = json.RootElement;

        Assert.Equal(5, root.GetProperty("entries").GetInt32());
        Assert.Equal(3, root.GetProperty("sourcePos").GetProperty("n").GetInt32());
        Assert.Equal(1, root.GetProperty("directions").GetProperty("target-to-source").GetInt32());
        Assert.Equal(2, root.GetProperty("provenance").GetProperty("apertium-eu-en.eu-en.dix").GetInt32());
    }

    [Fact]
    public void An_empty_lexicon_has_zero_counts_and_every_direction_listed()
    {
        var empty = LexiconStatistics.Compute([]);

        Assert.Equal((0, 0), (empty.Entries, empty.DistinctPairs));
        Assert.Equal(3, empty.Directions.Count);
        Assert.Empty(empty.SourcePos);
    }
}
