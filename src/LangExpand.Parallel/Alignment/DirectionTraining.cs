using LangExpand.Parallel.Corpus;

namespace LangExpand.Parallel.Alignment;

/// <summary>
/// The state of one direction during EM: its translation table, scorer, tension optimiser and history. An iteration is
/// <see cref="Begin"/>, one E-step per pair through <see cref="Scorer"/>, then <see cref="End"/> (tension steps and M-step).
/// </summary>
internal sealed class DirectionTraining
{
    private readonly AlignmentOptions _options;
    private readonly TensionOptimizer _optimizer;
    private readonly long _tokens;
    private readonly List<IterationStatistics> _history = [];

    public DirectionTraining(DirectionView view, AlignmentOptions options)
    {
        View = view;
        _options = options;
        Table = TranslationTableBuilder.Build(view);
        Scorer = new SentenceScorer(view, Table, options.NullProbability);
        _optimizer = new TensionOptimizer(view, options.InitialTension);
        _tokens = Enumerable.Range(0, view.Given.Count).Sum(k => view.Given.Length(k) > 0 ? (long)view.Generated.Length(k) : 0);
    }

    public DirectionView View { get; }

    public TranslationTable Table { get; }

    public SentenceScorer Scorer { get; }

    /// <summary>The tension of the current iteration, or null while it is IBM Model 1.</summary>
    public double? Tension { get; private set; }

    /// <summary>Log-likelihood of the current iteration so far.</summary>
    public double LogLikelihood { get; set; }

    /// <summary>Expected diagonal feature of the current iteration so far (a field, so that the E-step adds to it by reference).</summary>
    public double Feature;

    /// <summary>Where the E-step adds the non-null mass of each generated position of pair <paramref name="k"/>.</summary>
    public Span<double> MassOf(int k) => _optimizer.MassOf(k);

    /// <summary>Starts 1-based <paramref name="iteration"/>: chooses Model 1 or the diagonal prior and clears the statistics.</summary>
    public void Begin(int iteration)
    {
        Tension = IsDiagonal(iteration) ? _optimizer.Tension : null;
        _optimizer.Clear();
        LogLikelihood = 0;
        Feature = 0;
    }

    /// <summary>Ends the iteration: learns the tension, re-estimates the table and records the statistics.</summary>
    public void End(int iteration, IProgress<string>? progress)
    {
        var diagonal = Tension is not null;
        if (diagonal && _options.OptimizeTension)
        {
            _optimizer.Optimize(Feature, _tokens);
        }
        Table.Normalize(_options.VariationalBayes, _options.Alpha);
        _history.Add(new IterationStatistics(iteration, diagonal, Math.Exp(-LogLikelihood / Math.Max(1, _tokens)), _optimizer.Tension));
        progress?.Report($"{View.Direction.ToString().ToLowerInvariant()} iteration {iteration}/{_options.Iterations}");
    }

    /// <summary>The tension the trained model aligns with, or null when it is IBM Model 1.</summary>
    public double? FinalTension => IsDiagonal(_options.Iterations) ? _optimizer.Tension : null;

    /// <summary>The trained model, which aligns <paramref name="corpus"/> (the corpus as the caller gave it, before any prefix cut).</summary>
    public AlignmentModel ToModel(ParallelCorpus corpus) => new(corpus, View, Table, FinalTension, _options.NullProbability, _history);

    private bool IsDiagonal(int iteration) => _options.FavorDiagonal && iteration > _options.Model1Iterations;
}
