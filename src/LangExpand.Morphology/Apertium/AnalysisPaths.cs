using LangExpand.Core.FiniteState;

namespace LangExpand.Morphology.Apertium;

/// <summary>
/// Lists the analyses of an Apertium transducer by walking its paths (<see cref="TransducerPaths"/>). The lexical side is
/// the side that carries the tags, so an analyser (<c>*.automorf.bin</c>) and a generator (<c>*.autogen.bin</c>) both
/// work. The walk leaves a path as soon as <see cref="AnalysisRules"/> rejects a symbol on it (clitics, multiwords, closed
/// classes, unknown tags) and reports a path only when it ends in a tag and has a form.
/// </summary>
public static class AnalysisPaths
{
    /// <summary>The analyses on accepted paths that <paramref name="rules"/> may keep, in depth-first order of the arcs as listed.</summary>
    public static IReadOnlyList<ApertiumAnalysis> Analyses(AttTransducer transducer, AnalysisRules rules, int maxLength = TransducerPaths.DefaultMaxLength)
    {
        var lexicalOnInput = transducer.TagsOnInput;
        return TransducerPaths.Enumerate(transducer, new Guide(rules, lexicalOnInput), maxLength)
            .Select(path => lexicalOnInput ? new ApertiumAnalysis(path.Output, path.Input) : new ApertiumAnalysis(path.Input, path.Output))
            .ToList();
    }

    /// <summary>Applies the rules to the surface and lexical sides, whichever transducer side each is.</summary>
    private sealed class Guide(AnalysisRules rules, bool lexicalOnInput) : IAttPathGuide
    {
        public bool Follows(AttWalkState state, AttArc arc)
        {
            var (surface, lexical) = lexicalOnInput ? (arc.Output, arc.Input) : (arc.Input, arc.Output);
            return (surface.Length == 0 || rules.AcceptsFormSymbol(surface))
                && (lexical.Length == 0 || rules.AcceptsLexicalSymbol(LastLexical(state), lexical));
        }

        public bool Reports(AttWalkState state) =>
            LastLexical(state) is { } last && AttSymbols.IsTag(last) && (lexicalOnInput ? state.OutputLength : state.InputLength) > 0;

        private string? LastLexical(AttWalkState state) => lexicalOnInput ? state.LastInput : state.LastOutput;
    }
}
