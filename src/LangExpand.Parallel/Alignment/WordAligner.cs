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
        var results = new (AlignmentModel Model, IReadOnlyList<WordAlignment> Links)[2];
        System.Threading.Tasks.Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, d =>
        {
            var model = Train(corpus, d == 0 ? AlignmentDirection.Forward : AlignmentDirection.Reverse, options, progress);
            results[d] = (model, model.Align(corpus));
        });
        return new BidirectionalAlignment(corpus, results[0].Model, results[1].Model, results[0].Links, results[1].Links);
    }
}
