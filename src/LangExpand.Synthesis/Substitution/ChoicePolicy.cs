using LangExpand.Core.Diagnostics;
using LangExpand.Lexicons;

namespace LangExpand.Synthesis.Substitution;

/// <summary>How to pick among a match's candidate translations.</summary>
public enum ChoiceKind
{
    /// <summary>The highest score (first in lexicon order on ties).</summary>
    Best,

    /// <summary>Drawn with probability proportional to score (uniformly when all scores are 0), from a seeded generator.</summary>
    Sample,

    /// <summary>Every candidate, up to a cap: one output per alternative.</summary>
    All,
}

/// <summary>A choice rule with its seed and cap; the same seed gives the same choices in the same order.</summary>
/// <param name="Kind">Best, sample or all.</param>
/// <param name="Seed">Seed of the generator used by <see cref="ChoiceKind.Sample"/>.</param>
/// <param name="MaxAlternatives">Cap of <see cref="ChoiceKind.All"/>.</param>
public sealed record ChoicePolicy(ChoiceKind Kind = ChoiceKind.Best, int Seed = 1, int MaxAlternatives = 5)
{
    /// <summary>Refuses a cap below one (with <see cref="ChoiceKind.All"/> it would choose nothing).</summary>
    public void Validate()
    {
        if (MaxAlternatives < 1)
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"--max-alternatives {MaxAlternatives} is not positive", expected: "--max-alternatives 1 or more");
        }
    }

    /// <summary>A chooser with its own generator, for one deterministic pass over a dataset.</summary>
    public Chooser Start() => new(this, Seed);

    /// <summary>
    /// A chooser for one unit of work (a sentence), seeded from <see cref="Seed"/> and <paramref name="unit"/> alone, so a
    /// unit's choices do not depend on what was processed before it (the basis of sharding).
    /// </summary>
    public Chooser Start(long unit) => new(this, MixedSeed(unit));

    /// <summary>The seed of unit <paramref name="unit"/>'s chooser.</summary>
    internal int MixedSeed(long unit)
    {
        // SplitMix64 finaliser over (seed, unit): neighbouring units get unrelated seeds.
        var z = unchecked((ulong)Seed * 0x9E3779B97F4A7C15UL + (ulong)unit);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }
}

/// <summary>Applies a <see cref="ChoicePolicy"/>; keeps the generator state between calls.</summary>
public sealed class Chooser
{
    private readonly ChoicePolicy _policy;
    private int _seed;
    private Random? _random;

    internal Chooser(ChoicePolicy policy, int seed) => (_policy, _seed) = (policy, seed);

    /// <summary>
    /// Makes this chooser the one <see cref="ChoicePolicy.Start(long)"/> gives for <paramref name="unit"/>, so that
    /// streaming unit after unit can reuse one chooser.
    /// </summary>
    public void Restart(long unit) => (_seed, _random) = (_policy.MixedSeed(unit), null);

    /// <summary>The generator, made on first use: most choices (best, all) never draw.</summary>
    private Random Random => _random ??= new Random(_seed);

    /// <summary>True when the policy picks one candidate (best, sample): <see cref="PickOne"/> then gives it.</summary>
    public bool PicksOne => _policy.Kind != ChoiceKind.All;

    /// <summary>The candidate best or sample picks (as <see cref="Choose"/> would, without making a list).</summary>
    public LexiconEntry PickOne(IReadOnlyList<LexiconEntry> candidates) => _policy.Kind == ChoiceKind.Best ? candidates[0] : Sample(candidates);

    /// <summary>The chosen candidates (one for best and sample, up to the cap for all).</summary>
    public IReadOnlyList<LexiconEntry> Choose(IReadOnlyList<LexiconEntry> candidates) => _policy.Kind switch
    {
        ChoiceKind.Best => candidates.Count == 1 ? candidates : [candidates[0]],
        ChoiceKind.All => candidates.Count <= _policy.MaxAlternatives ? candidates : candidates.Take(_policy.MaxAlternatives).ToList(),
        _ => [Sample(candidates)],
    };

    private LexiconEntry Sample(IReadOnlyList<LexiconEntry> candidates)
    {
        var total = candidates.Sum(c => Math.Max(0, c.Score));
        if (total <= 0)
        {
            return candidates[Random.Next(candidates.Count)];
        }
        var point = Random.NextDouble() * total;
        foreach (var candidate in candidates)
        {
            point -= Math.Max(0, candidate.Score);
            if (point < 0)
            {
                return candidate;
            }
        }
        return candidates[^1];
    }
}
