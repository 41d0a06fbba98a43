using LangExpand.Lexicons.Apertium;
using LangExpand.TestKit;

namespace LangExpand.Lexicons.Tests.Apertium;

/// <summary>Apertium's Basque–English dictionary from the shared data (counts checked against an independent Python expansion).</summary>
public class DixRealDataTests
{
    private static readonly Lazy<IReadOnlyList<LexiconEntry>> Entries =
        new(() => [.. DixReader.Read(SharedData.Path("lexicons", "apertium-eu-en.eu-en.dix"))]);

    [SharedDataFact("lexicons", "apertium-eu-en.eu-en.dix")]
    public void Every_listable_pair_is_read_with_its_direction()
    {
        var directions = Entries.Value.GroupBy(e => e.Direction).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(14_516, Entries.Value.Count);
        Assert.Equal(9_765, directions[LexiconDirection.Both]);
        Assert.Equal(4_727, directions[LexiconDirection.TargetToSource]);
        Assert.Equal(24, directions[LexiconDirection.SourceToTarget]);
    }

    [SharedDataTheory("lexicons", "apertium-eu-en.eu-en.dix")]
    [InlineData("etxe", "n", "house", "n", "ND", LexiconDirection.Both, 11322)]
    [InlineData("etxe", "n", "home", "n", "ND", LexiconDirection.TargetToSource, 11323)]
    [InlineData("gaztetxe", "n", "youth centre", "n", "ND", LexiconDirection.Both, 11579)]
    [InlineData("aintzat hartu", "vblex", "take into consideration", "vblex", "", LexiconDirection.Both, 4170)]
    [InlineData("XVIII. mende", "n", "18th century", "n", "sg", LexiconDirection.Both, 14703)]
    public void Known_entries_keep_text_pos_tags_direction_and_line(string source, string sourcePos, string target, string targetPos, string targetTags,
        LexiconDirection direction, int line)
    {
        var entry = Assert.Single(Entries.Value, e => e.Source.Text == source && e.Target.Text == target);

        Assert.Equal((sourcePos, targetPos, targetTags, direction), (entry.Source.Pos, entry.Target.Pos, string.Join(';', entry.Target.Tags), entry.Direction));
        Assert.Equal(new LexiconProvenance("apertium-eu-en.eu-en.dix", line), entry.Provenance);
    }

    [SharedDataFact("lexicons", "apertium-eu-en.eu-en.dix")]
    public void No_regular_expression_entry_or_empty_side_is_listed()
    {
        Assert.DoesNotContain(Entries.Value, e => e.Source.Text.Contains("metro") && e.Target.Text.Contains("sea level"));
        Assert.DoesNotContain(Entries.Value, e => e.Source.Text.Trim().Length == 0 || e.Target.Text.Trim().Length == 0);
    }
}
