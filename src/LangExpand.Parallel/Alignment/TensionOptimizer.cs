namespace LangExpand.Parallel.Alignment;

/// <summary>
/// Learns the diagonal tension λ of one direction by gradient steps on the expected complete-data log-likelihood: the
/// gradient is the posterior expected feature (accumulated by the E-step) minus the feature the prior expects at each
/// position, weighted by that position's non-null posterior mass. As in fast_align: 8 steps of size 20 per EM iteration,
/// λ kept in [0.1, 14]. Positions are grouped by sentence-length pair, so a step costs one closed form per distinct
/// (length, length, position), not per token.
/// </summary>
internal sealed class TensionOptimizer
{
    private const int Steps = 8;
    private const double StepSize = 20;
    private const double Minimum = 0.1;
    private const double Maximum = 14;

    private readonly List<(int M, int N, int Offset)> _shapes = [];
    private readonly int[] _shapeOfPair;
    private readonly double[] _mass;

    public TensionOptimizer(DirectionView view, double initial)
    {
        Tension = initial;
        var index = new Dictionary<(int, int), int>();
        _shapeOfPair = new int[view.Given.Count];
        var offset = 0;
        for (var k = 0; k < view.Given.Count; k++)
        {
            var shape = (view.Generated.Length(k), view.Given.Length(k));
            if (!index.TryGetValue(shape, out var id))
            {
                id = _shapes.Count;
                index.Add(shape, id);
                _shapes.Add((shape.Item1, shape.Item2, offset));
                offset += shape.Item1;
            }
            _shapeOfPair[k] = id;
        }
        _mass = new double[offset];
    }

    /// <summary>The current tension.</summary>
    public double Tension { get; private set; }

    /// <summary>Where the E-step adds the non-null posterior mass of each generated position of pair <paramref name="k"/>.</summary>
    public Span<double> MassOf(int k)
    {
        var shape = _shapes[_shapeOfPair[k]];
        return _mass.AsSpan(shape.Offset, shape.M);
    }

    /// <summary>Forgets the masses of the previous iteration.</summary>
    public void Clear() => Array.Clear(_mass);

    /// <summary>Moves the tension towards where the prior's expected feature matches <paramref name="empirical"/>.</summary>
    public void Optimize(double empirical, long tokens)
    {
        if (tokens == 0)
        {
            return;
        }
        for (var step = 0; step < Steps; step++)
        {
            var gradient = (empirical - ModelFeature(Tension)) / tokens;
            Tension = Math.Clamp(Tension + StepSize * gradient, Minimum, Maximum);
        }
    }

    private double ModelFeature(double tension)
    {
        var total = 0.0;
        foreach (var (m, n, offset) in _shapes)
        {
            if (n == 0)
            {
                continue;
            }
            for (var j = 0; j < m; j++)
            {
                total += _mass[offset + j] * DiagonalPrior.ExpectedFeature(j + 1, m, n, tension);
            }
        }
        return total;
    }
}
