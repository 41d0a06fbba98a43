namespace LangExpand.Parallel.Alignment;

/// <summary>EM training of one direction: Model 1 iterations, then fast_align iterations with tension learning.</summary>
internal static class DirectionalTrainer
{
    public static AlignmentModel Train(DirectionView view, AlignmentOptions options, IProgress<string>? progress)
    {
        var table = TranslationTableBuilder.Build(view);
        var scorer = new SentenceScorer(view, table, options.NullProbability);
        var optimizer = new TensionOptimizer(view, options.InitialTension);
        var tokens = Enumerable.Range(0, view.Given.Count).Sum(k => view.Given.Length(k) > 0 ? (long)view.Generated.Length(k) : 0);
        var history = new List<IterationStatistics>();
        for (var iteration = 1; iteration <= options.Iterations; iteration++)
        {
            var diagonal = options.FavorDiagonal && iteration > options.Model1Iterations;
            double? tension = diagonal ? optimizer.Tension : null;
            optimizer.Clear();
            var logLikelihood = 0.0;
            var feature = 0.0;
            for (var k = 0; k < view.Given.Count; k++)
            {
                logLikelihood += scorer.Accumulate(k, tension, optimizer.MassOf(k), ref feature);
            }
            if (diagonal && options.OptimizeTension)
            {
                optimizer.Optimize(feature, tokens);
            }
            table.Normalize(options.VariationalBayes, options.Alpha);
            history.Add(new IterationStatistics(iteration, diagonal, Math.Exp(-logLikelihood / Math.Max(1, tokens)), optimizer.Tension));
            progress?.Report($"{view.Direction.ToString().ToLowerInvariant()} iteration {iteration}/{options.Iterations}");
        }
        var usesDiagonal = options.FavorDiagonal && options.Iterations > options.Model1Iterations;
        return new AlignmentModel(view, table, usesDiagonal ? optimizer.Tension : null, options.NullProbability, history);
    }
}
