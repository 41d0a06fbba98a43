using LangExpand.Lexicons;
using LangExpand.Synthesis.Inflection;

namespace LangExpand.Synthesis.Substitution;

/// <summary>One way to replace a span: the lexicon entry used and the target text made from it.</summary>
/// <param name="Entry">The lexicon entry.</param>
/// <param name="Result">The target text (one word, or several separated by spaces) and how it was made.</param>
public sealed record Alternative(LexiconEntry Entry, ReInflection Result)
{
    /// <summary>The target text split into tokens.</summary>
    public string[] Tokens => Result.Form.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Source tokens <see cref="Start"/>..<see cref="Start"/>+<see cref="Length"/>-1 replaced by one of the alternatives.</summary>
/// <param name="Start">First source token.</param>
/// <param name="Length">Source tokens covered.</param>
/// <param name="Alternatives">One for the best and sample policies; up to the cap for all.</param>
public sealed record Replacement(int Start, int Length, IReadOnlyList<Alternative> Alternatives);
