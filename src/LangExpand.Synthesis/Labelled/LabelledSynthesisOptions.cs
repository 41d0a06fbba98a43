using LangExpand.Synthesis.Substitution;

namespace LangExpand.Synthesis.Labelled;

/// <summary>Choices of <see cref="ConlluSynthesizer"/>.</summary>
/// <param name="Choice">How to pick among translations (best, seeded sample, all alternatives up to a cap).</param>
/// <param name="MinCoverage">Sentences whose share of substituted words is below this are dropped (0 keeps all, code-switched).</param>
/// <param name="Reinflect">Re-inflect translated lemmas for the source word's features; false writes them as the lexicon has them
/// (<c>Inflection=off</c>), to measure what re-inflection is worth.</param>
public sealed record LabelledSynthesisOptions(ChoicePolicy Choice, double MinCoverage = 0, bool Reinflect = true)
{
    /// <summary>Refuses a coverage outside [0, 1] (or not a number) and a bad choice policy, before any work.</summary>
    public void Validate()
    {
        Choice.Validate();
        SynthesisRanges.Share("--min-coverage", MinCoverage);
    }
}
