using LangExpand.Synthesis.Substitution;

namespace LangExpand.Synthesis.Labelled;

/// <summary>A word of a CoNLL-U sentence replaced one-to-one, and its alternatives (a shared list when there is one).</summary>
/// <param name="Word">The word's index among the sentence's words.</param>
/// <param name="Alternatives">The alternatives, one per output variant.</param>
internal readonly record struct WordReplacement(int Word, IReadOnlyList<Alternative> Alternatives)
{
    /// <summary>The alternative used in output <paramref name="variant"/> (the last one when there are fewer).</summary>
    public Alternative Pick(int variant) => Alternatives[Math.Min(variant, Alternatives.Count - 1)];
}
