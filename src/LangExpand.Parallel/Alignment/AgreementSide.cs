namespace LangExpand.Parallel.Alignment;

/// <summary>
/// One direction of <see cref="AgreementTrainer"/>: its training state and the posteriors of the current block of pairs.
/// The agreed weight of a link is <c>√(p_own · p_other)</c>, the geometric mean of the two directions' posteriors; for the
/// E-step a generated word's agreed weights are rescaled to its own non-null posterior mass, and its null count is its own.
/// </summary>
internal sealed class AgreementSide
{
    private readonly double[] _cells;
    private readonly int[] _slots;
    private readonly double[] _nulls;
    private readonly double[] _weights;
    private readonly List<AlignmentLink> _links = [];

    public AgreementSide(DirectionTraining training, IReadOnlyList<Range> blocks)
    {
        Training = training;
        var (given, generated) = (training.View.Given, training.View.Generated);
        var (blockCells, blockWords, pairCells) = (0, 0, 0);
        foreach (var block in blocks)
        {
            var (cells, words) = (0, 0);
            for (var k = block.Start.Value; k < block.End.Value; k++)
            {
                var size = given.Length(k) * generated.Length(k);
                (cells, words, pairCells) = (cells + size, words + generated.Length(k), Math.Max(pairCells, size));
            }
            (blockCells, blockWords) = (Math.Max(blockCells, cells), Math.Max(blockWords, words));
        }
        (_cells, _slots, _nulls, _weights) = (new double[blockCells], new int[blockCells], new double[blockWords], new double[pairCells]);
    }

    public DirectionTraining Training { get; }

    /// <summary>Computes this direction's posteriors of every pair of <paramref name="block"/>; returns their log-likelihood.</summary>
    public double Score(Range block, double? tension)
    {
        var logLikelihood = 0.0;
        var (cell, word) = (0, 0);
        for (var k = block.Start.Value; k < block.End.Value; k++)
        {
            logLikelihood += Training.Scorer.Posteriors(k, tension, _cells.AsSpan(cell), _nulls.AsSpan(word), _slots.AsSpan(cell));
            (cell, word) = Advance(k, cell, word);
        }
        return logLikelihood;
    }

    /// <summary>
    /// Combines this direction's posteriors of <paramref name="block"/> with <paramref name="other"/>'s: adds the agreed
    /// expected counts to this direction's table, or, when <paramref name="links"/> is given, appends each pair's links.
    /// </summary>
    public void Combine(Range block, AgreementSide other, List<WordAlignment>? links, double threshold)
    {
        var (cell, word) = (0, 0);
        for (var k = block.Start.Value; k < block.End.Value; k++)
        {
            var mine = _cells.AsSpan(cell);
            var theirs = other._cells.AsSpan(cell);
            if (links is null)
            {
                AddCounts(k, mine, theirs, _nulls.AsSpan(word), _slots.AsSpan(cell));
            }
            else
            {
                links.Add(Link(k, mine, theirs, threshold));
            }
            (cell, word) = Advance(k, cell, word);
        }
    }

    private void AddCounts(int k, ReadOnlySpan<double> mine, ReadOnlySpan<double> theirs, ReadOnlySpan<double> nulls, ReadOnlySpan<int> slots)
    {
        var (n, m) = (Training.View.Given.Length(k), Training.View.Generated.Length(k));
        if (n == 0 || m == 0)
        {
            return;
        }
        for (var j = 0; j < m; j++)
        {
            var total = 0.0;
            for (var i = 0; i < n; i++)
            {
                var weight = Agreed(mine, theirs, i, j, m, n);
                _weights[i * m + j] = weight;
                total += weight;
            }
            var scale = total > 0 ? (1 - nulls[j]) / total : 0;
            for (var i = 0; i < n; i++)
            {
                _weights[i * m + j] *= scale;
            }
        }
        Training.Scorer.AddCounts(k, _weights, nulls, slots, Training.MassOf(k), ref Training.Feature);
    }

    /// <summary>Links each generated word to the given word of highest agreed posterior, when that exceeds <paramref name="threshold"/>.</summary>
    private WordAlignment Link(int k, ReadOnlySpan<double> mine, ReadOnlySpan<double> theirs, double threshold)
    {
        var (n, m) = (Training.View.Given.Length(k), Training.View.Generated.Length(k));
        _links.Clear();
        for (var j = 0; j < m; j++)
        {
            var (best, bestIndex) = (threshold, -1);
            for (var i = 0; i < n; i++)
            {
                var weight = Agreed(mine, theirs, i, j, m, n);
                if (weight > best)
                {
                    (best, bestIndex) = (weight, i);
                }
            }
            if (bestIndex >= 0)
            {
                _links.Add(Training.View.Link(bestIndex, j));
            }
        }
        return new WordAlignment(_links);
    }

    /// <summary>The agreed posterior of given <paramref name="i"/> and generated <paramref name="j"/>; the other direction lays the pair out transposed.</summary>
    private static double Agreed(ReadOnlySpan<double> mine, ReadOnlySpan<double> theirs, int i, int j, int m, int n) =>
        Math.Sqrt(mine[i * m + j] * theirs[j * n + i]);

    private (int Cell, int Word) Advance(int k, int cell, int word) =>
        (cell + Training.View.Given.Length(k) * Training.View.Generated.Length(k), word + Training.View.Generated.Length(k));
}
