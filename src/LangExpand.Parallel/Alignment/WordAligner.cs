using LangExpand.Parallel.Corpus;

namespace LangExpand.Parallel.Alignment;

/// <summary>
/// Trains word-alignment models on a <see cref="ParallelCorpus"/>: one direction, or both at once on two threads (each
/// direction is sequential and the threads meet only at fixed points, so the result is the same however they are scheduled).
/// </summary>
public static class WordAligner
{
    /// <summary>Trains the model of one direction on its own (<see cref="AlignmentOptions.Agreement"/> needs both directions and does not apply).</summary>
    public static AlignmentModel Train(ParallelCorpus corpus, AlignmentDirection direction, AlignmentOptions? options = null, IProgress<string>? progress = null)
    {
        options ??= new AlignmentOptions();
        options.Validate();
        return DirectionalTrainer.Train(corpus, DirectionView.Of(Training(corpus, options), direction), options, progress);
    }

    /// <summary>
    /// Trains both directions in parallel and aligns the corpus with each: by agreement when
    /// <see cref="AlignmentOptions.Agreement"/> is set, otherwise each alone with its Viterbi links.
    /// </summary>
    public static BidirectionalAlignment AlignBoth(ParallelCorpus corpus, AlignmentOptions? options = null, IProgress<string>? progress = null)
    {
        options ??= new AlignmentOptions();
        options.Validate();
        if (options.Agreement)
        {
            return AgreementTrainer.AlignBoth(corpus, Training(corpus, options), options, progress);
        }
        var (forward, reverse) = Concurrently.Run(() => TrainAndAlign(AlignmentDirection.Forward), () => TrainAndAlign(AlignmentDirection.Reverse));
        return new BidirectionalAlignment(corpus, forward.Model, reverse.Model, forward.Links, reverse.Links);

        (AlignmentModel Model, IReadOnlyList<WordAlignment> Links) TrainAndAlign(AlignmentDirection direction)
        {
            var model = Train(corpus, direction, options, progress);
            return (model, model.Align(corpus));
        }
    }

    /// <summary>The corpus the models train on: <paramref name="corpus"/> itself, or its words cut to prefixes.</summary>
    private static ParallelCorpus Training(ParallelCorpus corpus, AlignmentOptions options) =>
        options.StemLength > 0 ? corpus.Prefixes(options.StemLength) : corpus;
}
