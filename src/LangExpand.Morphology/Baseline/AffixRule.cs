namespace LangExpand.Morphology.Baseline;

/// <summary>
/// A rewrite learnt by the affix-rule baseline. Suffix rules rewrite the end of <c>&lt;lemma&gt;</c> (their sides end
/// with <c>&gt;</c>); prefix rules rewrite its start (their sides begin with <c>&lt;</c>).
/// </summary>
/// <param name="Left">The text the rule matches, with its boundary marker.</param>
/// <param name="Right">The replacement, with its boundary marker.</param>
/// <param name="Count">How many training pairs produced the rule.</param>
public sealed record AffixRule(string Left, string Right, int Count);
