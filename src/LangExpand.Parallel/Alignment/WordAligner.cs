using LangExpand.Parallel.Corpus;

namespace LangExpand.Parallel.Alignment;

/// <summary>
/// Trains word-alignment models on a <see cref="ParallelCorpus"/>: one direction, or both at once on two threads (each
/// direction is sequential, so the result is the same however the threads are scheduled).
/// </summary>
public static class WordAligner
{
    /// <summary>Trains the model of one direction.</summary>
    public static AlignmentModel Train(ParallelCorpus corpus, AlignmentDirection direction, AlignmentOptions? options = null, IProgress<string>? progress = null)
    {
        options ??= new AlignmentOptions();
        options.Validate();
        return DirectionalTrainer.Train(DirectionView.Of(corpus, direction), options, progress);
    }

    /// <summary>Trains both directions in parallel and aligns the corpus with each.</summary>
    public static BidirectionalAlignment AlignBoth(ParallelCorpus corpus, AlignmentOptions? options = null, IProgress<string>? progress = null)
    {
        options ??= new AlignmentOptions();
        options.Validate();
        var (forward, reverse) = Concurrently.Run(() => TrainAndAlign(AlignmentDirection.Forward), () => TrainAndAlign(AlignmentDirection.Reverse));
        return new BidirectionalAlignment(corpus, forward.Model, reverse.Model, forward.Links, reverse.Links);

        (AlignmentModel Model, IReadOnlyList<WordAlignment> Links) TrainAndAlign(AlignmentDirection direction)
        {
            var model = Train(corpus, direction, options, progress);
            return (model, model.Align(corpus));
        }
    }
}
