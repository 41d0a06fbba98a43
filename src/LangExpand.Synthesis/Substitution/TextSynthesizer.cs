using LangExpand.Synthesis.Analysis;

namespace LangExpand.Synthesis.Substitution;

/// <summary>A piece of running text with its tokens and the spans chosen for replacement.</summary>
/// <param name="Text">The text split into tokens and gaps.</param>
/// <param name="Tokens">The tokens as substitution sees them (analysed when an analyser is given).</param>
/// <param name="Spans">The spans to replace.</param>
public sealed record PlannedText(SegmentedText Text, IReadOnlyList<SourceToken> Tokens, IReadOnlyList<PlannedSpan> Spans)
{
    /// <summary>How much of the text the spans cover.</summary>
    public SentenceCoverage Coverage => SentenceCoverage.Of(Tokens, Spans);
}

/// <summary>
/// Substitution over running text (plain sentences, utterance segments): segments the text, analyses its tokens with the
/// source analyser when there is one, plans replacements, and writes the target text with the source's spacing and the
/// capitalisation of each span's first token.
/// </summary>
public sealed class TextSynthesizer(SubstitutionPlanner planner, SourceAnalyser? analyser)
{
    /// <summary>Plans the replacements in <paramref name="text"/> (lookups and choices only).</summary>
    public PlannedText Plan(string text, Chooser chooser)
    {
        var segmented = SegmentedText.Of(text);
        var tokens = segmented.Tokens.Select(token => analyser?.Analyse(token) ?? new SourceToken(token)).ToList();
        return new PlannedText(segmented, tokens, planner.Match(tokens, chooser));
    }

    /// <summary>Makes the target forms of <paramref name="plan"/>'s spans.</summary>
    public IReadOnlyList<Replacement> Realize(PlannedText plan) => plan.Spans.Select(span => planner.Realize(span, plan.Tokens)).ToList();

    /// <summary>The target text: <paramref name="replacements"/> applied, each with alternative <paramref name="variant"/> (or its last).</summary>
    public static string Write(PlannedText plan, IReadOnlyList<Replacement> replacements, int variant) =>
        plan.Text.With(replacements.Select(r => (r.Start, r.Length, Target(plan.Tokens[r.Start], Pick(r, variant)))));

    /// <summary>The alternative of <paramref name="replacement"/> used in output <paramref name="variant"/>.</summary>
    public static Alternative Pick(Replacement replacement, int variant) => replacement.Alternatives[Math.Min(variant, replacement.Alternatives.Count - 1)];

    /// <summary>The target text of <paramref name="alternative"/> in the capitalisation of <paramref name="first"/>.</summary>
    public static string Target(SourceToken first, Alternative alternative) => CaseStyles.Apply(CaseStyles.Of(first.Form), alternative.Result.Form);
}
