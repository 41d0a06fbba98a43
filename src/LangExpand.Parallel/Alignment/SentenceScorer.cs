namespace LangExpand.Parallel.Alignment;

/// <summary>
/// The inner loop of one alignment direction: for a sentence pair, the posterior over which given word (or null) generated
/// each generated word, used for the E-step's expected counts and for Viterbi alignment. Translation probabilities are
/// looked up once per cell, row by row (so each given word's hash row stays in cache), into reusable buffers.
/// </summary>
internal sealed class SentenceScorer
{
    /// <summary>The probability used for a pair the table never saw (only when aligning text it was not trained on).</summary>
    private const double Unseen = 1e-9;

    private readonly DirectionView _view;
    private readonly TranslationTable _table;
    private readonly double _nullProbability;
    private readonly int[] _slots;
    private readonly double[] _translation;
    private readonly double[] _posterior;
    private readonly double[] _prior;
    private readonly double[] _cells;
    private readonly double[] _nullCells;

    public SentenceScorer(DirectionView view, TranslationTable table, double nullProbability)
    {
        _view = view;
        _table = table;
        _nullProbability = nullProbability;
        var given = view.Given.MaxLength();
        var cells = given * view.Generated.MaxLength();
        _slots = new int[cells];
        _translation = new double[cells];
        _posterior = new double[given];
        _prior = new double[given];
        _cells = new double[cells];
        _nullCells = new double[view.Generated.MaxLength()];
    }

    /// <summary>
    /// E-step for pair <paramref name="k"/> on the model's own posteriors (<see cref="Posteriors"/>, then
    /// <see cref="AddCounts"/>). Returns the pair's log-likelihood (0 for a pair with an empty side).
    /// </summary>
    public double Accumulate(int k, double? tension, Span<double> mass, ref double feature)
    {
        var logLikelihood = Posteriors(k, tension, _cells, _nullCells, _slots);
        AddCounts(k, _cells, _nullCells, _slots, mass, ref feature);
        return logLikelihood;
    }

    /// <summary>
    /// Writes the posteriors of pair <paramref name="k"/> (link of given <c>i</c> and generated <c>j</c> at <c>i·m + j</c>,
    /// null link of generated <c>j</c> at <c>j</c>) and the table slot of each cell (-1 for none); returns the pair's
    /// log-likelihood (0 for a pair with an empty side).
    /// </summary>
    public double Posteriors(int k, double? tension, Span<double> cells, Span<double> nulls, Span<int> slots)
    {
        var (m, n) = Lookup(k, slots);
        if (m == 0 || n == 0)
        {
            return 0;
        }
        var generated = _view.Generated.Sentence(k);
        var logLikelihood = 0.0;
        for (var j = 0; j < m; j++)
        {
            var (nullScore, sum) = Score(j, m, n, tension, generated[j]);
            logLikelihood += Math.Log(sum);
            var normalizer = 1 / sum;
            nulls[j] = nullScore * normalizer;
            for (var i = 0; i < n; i++)
            {
                cells[i * m + j] = _posterior[i] * normalizer;
            }
        }
        return logLikelihood;
    }

    /// <summary>
    /// Adds link weights <paramref name="cells"/> and null weights <paramref name="nulls"/> of pair <paramref name="k"/>
    /// (laid out as by <see cref="Posteriors"/>, whose <paramref name="slots"/> they use) to the expected counts, the
    /// expected diagonal feature to <paramref name="feature"/> and each generated position's link mass to <paramref name="mass"/>.
    /// </summary>
    public void AddCounts(int k, ReadOnlySpan<double> cells, ReadOnlySpan<double> nulls, ReadOnlySpan<int> slots, Span<double> mass, ref double feature)
    {
        var generated = _view.Generated.Sentence(k);
        var (m, n) = (generated.Length, _view.Given.Length(k));
        if (m == 0 || n == 0)
        {
            return;
        }
        var entries = _table.Entries;
        var (perGiven, perGenerated) = (1.0 / n, 1.0 / m);
        for (var j = 0; j < m; j++)
        {
            _table.NullCounts[generated[j]] += nulls[j];
            var (nonNull, expected, diagonal) = (0.0, 0.0, (j + 1) * perGenerated);
            for (var i = 0; i < n; i++)
            {
                var q = cells[i * m + j];
                var slot = slots[i * m + j];
                if (slot >= 0)
                {
                    entries[slot].Count += q;
                }
                nonNull += q;
                expected -= q * Math.Abs((i + 1) * perGiven - diagonal);
            }
            mass[j] += nonNull;
            feature += expected;
        }
    }

    /// <summary>The most probable link of each generated word of pair <paramref name="k"/> (none where null wins), in source-target orientation.</summary>
    public void Viterbi(int k, double? tension, List<AlignmentLink> links)
    {
        var (m, n) = Lookup(k, _slots);
        if (m == 0 || n == 0)
        {
            return;
        }
        var generated = _view.Generated.Sentence(k);
        for (var j = 0; j < m; j++)
        {
            var (best, _) = Score(j, m, n, tension, generated[j]);
            var bestIndex = -1;
            for (var i = 0; i < n; i++)
            {
                if (_posterior[i] > best)
                {
                    best = _posterior[i];
                    bestIndex = i;
                }
            }
            if (bestIndex >= 0)
            {
                links.Add(_view.Link(bestIndex, j));
            }
        }
    }

    /// <summary>Fills the unnormalised posterior of generated position <paramref name="j"/>; returns the null score and the total.</summary>
    private (double Null, double Sum) Score(int j, int m, int n, double? tension, int word)
    {
        double nullScore;
        var sum = 0.0;
        if (tension is { } lambda)
        {
            var z = DiagonalPrior.Fill(_prior, j + 1, m, n, lambda);
            var scale = (1 - _nullProbability) / z;
            for (var i = 0; i < n; i++)
            {
                var p = _prior[i] * scale * _translation[i * m + j];
                _posterior[i] = p;
                sum += p;
            }
            nullScore = _nullProbability * _table.NullProbability(word);
        }
        else
        {
            var uniform = 1.0 / (n + 1);
            for (var i = 0; i < n; i++)
            {
                var p = uniform * _translation[i * m + j];
                _posterior[i] = p;
                sum += p;
            }
            nullScore = uniform * _table.NullProbability(word);
        }
        return (nullScore, sum + nullScore);
    }

    /// <summary>Looks up every (given, generated) cell of pair <paramref name="k"/>, given word by given word, noting each slot in <paramref name="slots"/>.</summary>
    private (int M, int N) Lookup(int k, Span<int> slots)
    {
        var given = _view.Given.Sentence(k);
        var generated = _view.Generated.Sentence(k);
        var entries = _table.Entries;
        var m = generated.Length;
        for (var i = 0; i < given.Length; i++)
        {
            var row = i * m;
            for (var j = 0; j < m; j++)
            {
                var slot = _table.Find(given[i], generated[j]);
                slots[row + j] = slot;
                _translation[row + j] = slot < 0 ? Unseen : entries[slot].Probability;
            }
        }
        return (m, given.Length);
    }
}
