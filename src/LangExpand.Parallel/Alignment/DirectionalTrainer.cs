using LangExpand.Parallel.Corpus;

namespace LangExpand.Parallel.Alignment;

/// <summary>EM training of one direction on its own posteriors: Model 1 iterations, then fast_align iterations with tension learning.</summary>
internal static class DirectionalTrainer
{
    public static AlignmentModel Train(ParallelCorpus corpus, DirectionView view, AlignmentOptions options, IProgress<string>? progress)
    {
        var training = new DirectionTraining(view, options);
        for (var iteration = 1; iteration <= options.Iterations; iteration++)
        {
            training.Begin(iteration);
            for (var k = 0; k < view.Given.Count; k++)
            {
                training.LogLikelihood += training.Scorer.Accumulate(k, training.Tension, training.MassOf(k), ref training.Feature);
            }
            training.End(iteration, progress);
        }
        return training.ToModel(corpus);
    }
}
