using LangExpand.Core.Languages;
using LangExpand.Parallel.Text;
using LangExpand.Parallel.Verses;
using LangExpand.TestKit;

namespace LangExpand.Parallel.Tests.Verses;

public class VerseAlignerTests
{
    [Fact]
    public void Verses_pair_by_id_in_source_order_and_what_does_not_pair_is_reported()
    {
        var source = Read("b.GEN.1.1\tIn the beginning\nb.GEN.1.2\tAnd the earth\nb.GEN.1.3\t\nb.GEN.1.4\tOnly English\n");
        var target = Read("b.GEN.1.2\tY la tierra\nb.GEN.1.1\tEn el principio\nb.GEN.1.3\tY dijo\nb.GEN.1.5\tSolo español\n");

        var alignment = VerseAligner.Align(source, target);

        Assert.Equal([new SentencePair("In the beginning", "En el principio", "b.GEN.1.1"), new SentencePair("And the earth", "Y la tierra", "b.GEN.1.2")], alignment.Pairs);
        Assert.Equal(["b.GEN.1.4"], alignment.Report.OnlyInSource);
        Assert.Equal(["b.GEN.1.5"], alignment.Report.OnlyInTarget);
        Assert.Equal(["b.GEN.1.3"], alignment.Report.Empty);
        Assert.Equal("verses: 2 pairs, 0 with merged verses; 1 only in source, 1 only in target, 1 left out as empty", alignment.Report.Lines().First());
    }

    [Fact]
    public void A_merged_verse_pairs_with_the_verses_it_covers_joined()
    {
        var source = Read("b.NUM.15.3\tthree\nb.NUM.15.4 15:5\tfour and five\nb.NUM.15.6\tsix\n");
        var target = Read("b.NUM.15.3\ttres\nb.NUM.15.4\tcuatro\nb.NUM.15.5\tcinco\nb.NUM.15.6\tseis\n");

        var forward = VerseAligner.Align(source, target);
        var backward = VerseAligner.Align(target, source);

        Assert.Equal(new SentencePair("four and five", "cuatro cinco", "b.NUM.15.4"), forward.Pairs[1]);
        Assert.Equal(new SentencePair("cuatro cinco", "four and five", "b.NUM.15.4"), backward.Pairs[1]);
        Assert.Equal((3, 1), (forward.Report.Paired, forward.Report.Merged));
        Assert.Empty(forward.Report.OnlyInSource.Concat(forward.Report.OnlyInTarget));
    }

    [SharedDataFact("bibles-full", "English-KJV.tsv")]
    public void The_King_James_and_Reina_Valera_bibles_share_31084_verses_and_18_are_English_only()
    {
        var kjv = VerseTsvReader.Read(SharedData.Path("bibles-full", "English-KJV.tsv"), LanguageCode.Parse("eng"));
        var rv = VerseTsvReader.Read(SharedData.Path("bibles-full", "Spanish-RV1909.tsv"), LanguageCode.Parse("spa"));

        var alignment = VerseAligner.Align(kjv, rv);

        Assert.Equal((31102, 31084), (kjv.Verses.Count, rv.Verses.Count));
        Assert.Equal(31084, alignment.Pairs.Count);
        Assert.Equal(18, alignment.Report.OnlyInSource.Count);
        Assert.Contains("b.JON.1.17", alignment.Report.OnlyInSource);
        Assert.Empty(alignment.Report.OnlyInTarget);
        Assert.Empty(alignment.Report.Empty);
        Assert.Equal(("b.GEN.1.1", "b.REV.22.21"), (alignment.Pairs[0].Id, alignment.Pairs[^1].Id));
    }

    private static Bible Read(string text) => VerseTsvReader.Read(TextStreams.Of(text), "test.tsv");
}
