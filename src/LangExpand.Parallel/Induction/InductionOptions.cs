using LangExpand.Core.Diagnostics;

namespace LangExpand.Parallel.Induction;

/// <summary>Thresholds of <see cref="LexiconInducer"/>.</summary>
public sealed record InductionOptions
{
    /// <summary>Minimum (fractional) number of links between a source and a target word.</summary>
    public double MinLinks { get; init; } = 2;

    /// <summary>Minimum p(target | source) over the source word's links.</summary>
    public double MinForward { get; init; } = 0.05;

    /// <summary>Minimum p(source | target) over the target word's links.</summary>
    public double MinBackward { get; init; } = 0.02;

    /// <summary>Minimum number of occurrences of the source word in the corpus.</summary>
    public double MinSourceFrequency { get; init; } = 1;

    /// <summary>At most this many translations per source word, best first.</summary>
    public int MaxPerSource { get; init; } = 3;

    /// <summary>Rejects negative thresholds, probabilities above 1 and fewer than one translation per source word.</summary>
    public void Validate()
    {
        if (MinLinks < 0 || MinSourceFrequency < 0 || MinForward is not (>= 0 and <= 1) || MinBackward is not (>= 0 and <= 1) || MaxPerSource < 1)
        {
            throw new LangExpandException(ErrorCode.InvalidOption,
                $"invalid lexicon-induction thresholds (--min-links {MinLinks}, --min-source-frequency {MinSourceFrequency}, --min-forward {MinForward}, --min-backward {MinBackward}, --max-per-source {MaxPerSource})",
                expected: "non-negative counts, probabilities between 0 and 1, and at least one translation per source word");
        }
    }
}
