using LangExpand.Parallel.Corpus;

namespace LangExpand.Parallel.Alignment;

/// <summary>
/// Trains and aligns both directions by agreement (Liang, Taskar &amp; Klein 2006). Each direction runs on its own thread
/// over the same blocks of pairs: first both compute their own posteriors of a block (each from its own table), then each
/// combines its posteriors with the other's and adds counts to its own table — or, after the last iteration, links words.
/// A barrier separates the two phases, so each table is written only by its own thread, in corpus order, and the result does
/// not depend on scheduling.
/// </summary>
internal static class AgreementTrainer
{
    /// <summary>Cells (given × generated positions) per block: the block's buffers stay in the second-level cache.</summary>
    private const int BlockCells = 1 << 16;

    public static BidirectionalAlignment AlignBoth(ParallelCorpus corpus, ParallelCorpus training, AlignmentOptions options, IProgress<string>? progress)
    {
        var blocks = Blocks(training);
        var forward = new AgreementSide(new DirectionTraining(DirectionView.Of(training, AlignmentDirection.Forward), options), blocks);
        var reverse = new AgreementSide(new DirectionTraining(DirectionView.Of(training, AlignmentDirection.Reverse), options), blocks);
        using var barrier = new Barrier(2);
        var (forwardLinks, reverseLinks) = Concurrently.Run(
            () => Run(forward, reverse, blocks, options, barrier, progress),
            () => Run(reverse, forward, blocks, options, barrier, progress));
        return new BidirectionalAlignment(corpus, forward.Training.ToModel(corpus), reverse.Training.ToModel(corpus), forwardLinks, reverseLinks);
    }

    /// <summary>
    /// One direction's part: every EM iteration, then a last pass that links. A failing side leaves the barrier, so the other
    /// finishes on its own and the failure is reported.
    /// </summary>
    private static List<WordAlignment> Run(AgreementSide own, AgreementSide other, IReadOnlyList<Range> blocks, AlignmentOptions options,
        Barrier barrier, IProgress<string>? progress)
    {
        try
        {
            var links = new List<WordAlignment>(own.Training.View.Given.Count);
            for (var iteration = 1; iteration <= options.Iterations + 1; iteration++)
            {
                var linking = iteration > options.Iterations;
                if (!linking)
                {
                    own.Training.Begin(iteration);
                }
                var tension = linking ? own.Training.FinalTension : own.Training.Tension;
                foreach (var block in blocks)
                {
                    own.Training.LogLikelihood += own.Score(block, tension);
                    barrier.SignalAndWait();
                    own.Combine(block, other, linking ? links : null, options.LinkThreshold);
                    barrier.SignalAndWait();
                }
                if (!linking)
                {
                    own.Training.End(iteration, progress);
                }
            }
            return links;
        }
        catch
        {
            barrier.RemoveParticipant();
            throw;
        }
    }

    /// <summary>Consecutive pairs grouped so that each group holds at most <see cref="BlockCells"/> cells, or one pair.</summary>
    private static List<Range> Blocks(ParallelCorpus corpus)
    {
        var blocks = new List<Range>();
        var (start, cells) = (0, 0L);
        for (var k = 0; k < corpus.Count; k++)
        {
            var size = (long)corpus.SourceSide.Length(k) * corpus.TargetSide.Length(k);
            if (k > start && cells + size > BlockCells)
            {
                blocks.Add(start..k);
                (start, cells) = (k, 0);
            }
            cells += size;
        }
        if (corpus.Count > start)
        {
            blocks.Add(start..corpus.Count);
        }
        return blocks;
    }
}
