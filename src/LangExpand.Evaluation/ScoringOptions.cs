namespace LangExpand.Evaluation;

/// <summary>Choices that change how inflection predictions are compared with the gold standard.</summary>
public sealed record ScoringOptions
{
    /// <summary>The defaults: forms compared exactly as written, as <c>evalm.py</c> does.</summary>
    public static ScoringOptions Default { get; } = new();

    /// <summary>
    /// When true, lemmas and forms of gold, predictions and training are brought to Unicode normalisation form C before
    /// they are keyed and compared, so that <c>e</c> + combining acute and precomposed <c>é</c> count as the same.
    /// Off by default, which matches <c>evalm.py</c>.
    /// </summary>
    public bool NormalizeToNfc { get; init; }
}
