using LangExpand.Synthesis.Substitution;

namespace LangExpand.Synthesis.Monolingual;

/// <summary>Which pseudo-monolingual sentences are kept.</summary>
/// <param name="Choice">How to pick among translations (each sentence seeded from the seed and its line number).</param>
/// <param name="MinSubstituted">Keep sentences with at least this many substituted words.</param>
/// <param name="MinCoverage">Keep sentences whose share of substituted words is at least this.</param>
/// <param name="MaxSentences">Stop after this many sentences are kept (all shards together).</param>
/// <param name="Dedupe">Drop a sentence whose source line occurred before (outputs are a function of the line and the seed, so this removes repeated outputs).</param>
/// <param name="Shard">The part of the input this run writes; null for all of it.</param>
/// <param name="Reinflect">Re-inflect translated lemmas for the source word's features; false writes them as the lexicon has them.</param>
public sealed record MonolingualOptions(ChoicePolicy Choice, int MinSubstituted = 3, double MinCoverage = 0.5, long MaxSentences = long.MaxValue,
    bool Dedupe = true, Shard? Shard = null, bool Reinflect = true)
{
    /// <summary>Refuses negative counts, a coverage outside [0, 1] (or not a number) and a bad choice policy, before any work.</summary>
    public void Validate()
    {
        Choice.Validate();
        SynthesisRanges.Share("--min-coverage", MinCoverage);
        SynthesisRanges.Count("--min-substituted", MinSubstituted);
        SynthesisRanges.Count("--max-sentences", MaxSentences);
    }
}
