using LangExpand.Core.Diagnostics;
using LangExpand.Evaluation.Lexicons;
using LangExpand.Lexicons;
using LangExpand.TestKit;

namespace LangExpand.Evaluation.Tests.Lexicons;

public sealed class LexiconPrecisionTests
{
    private static LexiconEntry Entry(string source, string target, double score = 1, LexiconDirection direction = LexiconDirection.Both) =>
        new(new LexiconSide(source), new LexiconSide(target), score, direction, new LexiconProvenance("test"));

    [Fact]
    public void The_best_translation_of_each_shared_source_word_is_checked_against_the_reference()
    {
        var lexicon = new[] { Entry("house", "casar", 0.2), Entry("house", "casa", 0.9), Entry("King", "rey"), Entry("dog", "gato"), Entry("zyx", "abc") };
        var reference = new[] { Entry("house", "casa"), Entry("king", "Rey"), Entry("dog", "perro"), Entry("dog", "can") };

        var score = LexiconPrecision.Score(lexicon, reference);

        Assert.Equal((3, 2, 4), (score.Sources, score.Correct, score.LexiconSources));
        Assert.Equal(200.0 / 3, score.PrecisionAtOne, 6);
    }

    [Fact]
    public void Reference_entries_valid_only_from_target_to_source_do_not_count()
    {
        var score = LexiconPrecision.Score([Entry("house", "casa")], [Entry("house", "casa", direction: LexiconDirection.TargetToSource)]);

        Assert.Equal(0, score.Sources);
        Assert.Equal(0, score.PrecisionAtOne);
    }

    [Fact]
    public void Scoring_files_that_share_no_source_word_is_an_error_not_zero_percent()
    {
        using var scratch = new ScratchDirectory();
        var lexicon = scratch.Write("lex.tsv", "source\ttarget\tscore\nhouse\tcasa\t1\n");
        var reference = scratch.Write("ref.tsv", "source\ttarget\tscore\ndog\tperro\t1\n");

        var error = Assert.Throws<LangExpandException>(() => LexiconPrecision.ScoreFiles(lexicon, reference));

        Assert.Equal(ErrorCode.NotEnoughData, error.Code);
        Assert.Contains("nothing to score", error.Message, StringComparison.Ordinal);
        Assert.Equal(100.0, LexiconPrecision.ScoreFiles(lexicon, lexicon).PrecisionAtOne);
    }
}
