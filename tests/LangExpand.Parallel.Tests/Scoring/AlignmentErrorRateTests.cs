using LangExpand.Core.Diagnostics;
using LangExpand.Parallel.Alignment;
using LangExpand.Parallel.Corpus;
using LangExpand.Parallel.Scoring;
using LangExpand.Parallel.Text;
using LangExpand.Parallel.Tokenization;
using LangExpand.TestKit;

namespace LangExpand.Parallel.Tests.Scoring;

public class AlignmentErrorRateTests
{
    [Fact]
    public void Gold_links_are_one_based_and_possible_links_include_the_sure_ones()
    {
        var gold = GoldAlignment.Read(TextStreams.Of("1-1 2p3 3-2\n\n"), "g");

        Assert.Equal("0-0 2-1", gold[0].Sure.ToString());
        Assert.Equal("0-0 1-2 2-1", gold[0].Possible.ToString());
        Assert.Equal(0, gold[1].Possible.Count);
    }

    [Fact]
    public void Nothing_to_score_is_an_error_not_a_perfect_score() =>
        Assert.Equal(ErrorCode.NotEnoughData, Assert.Throws<LangExpandException>(() => AlignmentErrorRate.Score([], [])).Code);

    [Fact]
    public void Aer_counts_sure_and_possible_hits_over_the_whole_corpus()
    {
        // Pair 1: S = {0-0, 2-1}, P = S + {1-2}; A = {0-0, 1-2, 1-1}: |A∩S| = 1, |A∩P| = 2.
        // Pair 2: S = {0-0}, P = S; A = {}: nothing predicted.  Totals: |A| = 3, |S| = 3 → AER = 1 − (1 + 2) / (3 + 3) = 0.5.
        var gold = GoldAlignment.Read(TextStreams.Of("1-1 2p3 3-2\n1-1\n"), "g");
        var predicted = PharaohFormat.Read(TextStreams.Of("0-0 1-2 1-1\n\n"), "t");

        var score = AlignmentErrorRate.Score(gold, predicted);

        Assert.Equal(new AerScore(2, 3, 3, 4, 1, 2), score);
        Assert.Equal(0.5, score.Aer, 12);
        Assert.Equal((2.0 / 3, 1.0 / 3), (score.Precision, score.Recall));
        Assert.StartsWith("AER 0.5000 (precision 0.6667, recall 0.3333; 2 pairs", score.ToString());
    }

    [Fact]
    public void Predicting_exactly_the_sure_links_scores_zero_and_possible_links_alone_cost_nothing_in_precision()
    {
        var gold = GoldAlignment.Read(TextStreams.Of("1-1 2-2 2p3\n"), "g");

        Assert.Equal(0, AlignmentErrorRate.Score(gold, [gold[0].Sure]).Aer, 12);
        Assert.Equal(1, AlignmentErrorRate.Score(gold, [gold[0].Possible]).Precision);
    }

    [Fact]
    public void Gold_and_test_of_different_lengths_are_refused()
    {
        var gold = GoldAlignment.Read(TextStreams.Of("1-1\n1-1\n"), "g");

        Assert.Equal(ErrorCode.NotEnoughData, Assert.Throws<LangExpandException>(() => AlignmentErrorRate.Score(gold, [WordAlignment.Empty])).Code);
    }

    [SharedDataTheory("alignment-gold")]
    [InlineData("enfr", 447, 0.23)]
    [InlineData("roen", 248, 0.42)]
    public void Aligning_the_gold_sentences_alone_stays_below_the_recorded_error_rate(string name, int pairs, double ceiling)
    {
        var text = LinePairReader.Read(SharedData.Path("alignment-gold", $"{name}.src-tgt"), ParallelFormat.Pipes);
        var gold = GoldAlignment.Read(SharedData.Path("alignment-gold", $"{name}.gold"));
        var tokens = new TokenizerOptions { Mode = TokenizerMode.Whitespace };

        var links = WordAligner.AlignBoth(ParallelCorpus.Create(text, tokens, tokens)).Symmetrize(SymmetrizationMethod.GrowDiagFinalAnd);

        Assert.Equal(pairs, gold.Count);
        Assert.InRange(AlignmentErrorRate.Score(gold, links).Aer, 0, ceiling);
    }
}
