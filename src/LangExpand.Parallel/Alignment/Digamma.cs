namespace LangExpand.Parallel.Alignment;

/// <summary>The digamma function ψ(x) for x &gt; 0, for the variational Bayes update of translation probabilities.</summary>
internal static class Digamma
{
    /// <summary>ψ(x): the recurrence ψ(x) = ψ(x + 1) − 1/x up to x ≥ 6, then the asymptotic series.</summary>
    public static double Of(double x)
    {
        var result = 0.0;
        while (x < 6)
        {
            result -= 1 / x;
            x += 1;
        }
        var inverse = 1 / x;
        var square = inverse * inverse;
        return result + Math.Log(x) - 0.5 * inverse
            - square * (1.0 / 12 - square * (1.0 / 120 - square * (1.0 / 252 - square * (1.0 / 240 - square / 132))));
    }
}
