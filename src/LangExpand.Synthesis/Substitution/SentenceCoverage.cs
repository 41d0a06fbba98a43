namespace LangExpand.Synthesis.Substitution;

/// <summary>How much of a sentence substitution covers: its words (tokens with a letter) and how many are replaced.</summary>
/// <param name="Words">Tokens with a letter.</param>
/// <param name="Substituted">Of those, the ones inside a replaced span.</param>
/// <param name="Variants">Outputs the sentence gives: the most alternatives of any span (at least 1).</param>
public readonly record struct SentenceCoverage(int Words, int Substituted, int Variants)
{
    /// <summary>The coverage of <paramref name="spans"/> over <paramref name="tokens"/>.</summary>
    public static SentenceCoverage Of(IReadOnlyList<SourceToken> tokens, IReadOnlyList<PlannedSpan> spans)
    {
        var words = 0;
        foreach (var token in tokens)
        {
            words += token.IsWord ? 1 : 0;
        }
        var substituted = 0;
        var variants = 1;
        foreach (var span in spans)
        {
            for (var i = span.Start; i < span.Start + span.Length; i++)
            {
                substituted += tokens[i].IsWord ? 1 : 0;
            }
            variants = Math.Max(variants, span.Entries.Count);
        }
        return new SentenceCoverage(words, substituted, variants);
    }

    /// <summary>
    /// True when at least <paramref name="minSubstituted"/> words are replaced and their share is at least
    /// <paramref name="minCoverage"/> (a sentence without words meets any share).
    /// </summary>
    public bool Meets(double minCoverage, int minSubstituted = 0) =>
        Substituted >= minSubstituted && (Words == 0 || (double)Substituted / Words >= minCoverage);
}
