namespace LangExpand.Parallel.Alignment;

/// <summary>
/// The alignment prior of fast_align (Dyer, Chahuneau &amp; Smith 2013): generated word <c>j</c> (1-based, of <c>m</c>)
/// links to conditioning word <c>i</c> (1-based, of <c>n</c>) with weight <c>exp(λ·h(i, j))</c>, where
/// <c>h = −|i/n − j/m|</c> is the distance from the diagonal and λ the diagonal tension. Along a row the weights form two
/// geometric series with ratio <c>exp(−λ/n)</c> on either side of the diagonal, so a row costs two exponentials, and
/// the normaliser and the expected feature have closed forms.
/// </summary>
internal static class DiagonalPrior
{
    /// <summary>The feature <c>h(i, j) = −|i/n − j/m|</c> (1-based positions).</summary>
    public static double Feature(int i, int j, int m, int n) => -Math.Abs((double)i / n - (double)j / m);

    /// <summary>
    /// Writes the unnormalised weights of conditioning positions 1..n for generated position <paramref name="j"/> into
    /// <paramref name="weights"/>[0..n) and returns their sum.
    /// </summary>
    public static double Fill(Span<double> weights, int j, int m, int n, double tension)
    {
        var floor = (int)((long)j * n / m);
        var ratio = Math.Exp(-tension / n);
        var sum = 0.0;
        var weight = Math.Exp(tension * Feature(floor + 1, j, m, n));
        for (var i = floor; i < n; i++)
        {
            weights[i] = weight;
            sum += weight;
            weight *= ratio;
        }
        weight = Math.Exp(tension * Feature(floor, j, m, n));
        for (var i = floor - 1; i >= 0; i--)
        {
            weights[i] = weight;
            sum += weight;
            weight *= ratio;
        }
        return sum;
    }

    /// <summary>The expected feature <c>E[h]</c> under the prior of generated position <paramref name="j"/>, in closed form.</summary>
    public static double ExpectedFeature(int j, int m, int n, double tension)
    {
        var floor = (int)((long)j * n / m);
        var ratio = Math.Exp(-tension / n);
        var above = Side(Feature(floor + 1, j, m, n), n - floor, tension, ratio, n);
        var below = Side(Feature(floor, j, m, n), floor, tension, ratio, n);
        return (above.Moment + below.Moment) / (above.Mass + below.Mass);
    }

    /// <summary>
    /// Mass and first moment of <c>count</c> positions whose feature starts at <paramref name="first"/> and falls by 1/n
    /// per step, with weights <c>exp(λ·first)·ratio^k</c>.
    /// </summary>
    private static (double Mass, double Moment) Side(double first, int count, double tension, double ratio, int n)
    {
        if (count == 0)
        {
            return (0, 0);
        }
        var start = Math.Exp(tension * first);
        var oneMinus = 1 - ratio;
        var power = Math.Pow(ratio, count);
        var geometric = (1 - power) / oneMinus;
        var weighted = ratio * (1 - count * power / ratio + (count - 1) * power) / (oneMinus * oneMinus);
        return (start * geometric, start * (first * geometric - weighted / n));
    }
}
