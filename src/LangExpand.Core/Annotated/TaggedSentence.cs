namespace LangExpand.Core.Annotated;

/// <summary>A token with its label, as in XTREME/WikiAnn token/tag files (<c>token&lt;TAB&gt;label</c>, BIO labels).</summary>
/// <param name="Token">The token text.</param>
/// <param name="Label">The label (<c>O</c>, <c>B-PER</c>, <c>I-PER</c>, a POS tag, …).</param>
public sealed record TaggedToken(string Token, string Label);

/// <summary>A sentence of a token/tag file.</summary>
/// <param name="Tokens">The tokens in order.</param>
/// <param name="LineNumber">1-based line of the first token in the source (0 when built in memory).</param>
public sealed record TaggedSentence(IReadOnlyList<TaggedToken> Tokens, int LineNumber = 0);
