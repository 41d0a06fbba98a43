using System.Text;

namespace LangExpand.Morphology.Apertium;

/// <summary>
/// Lists the analyses of an Apertium transducer by walking its paths from the start state of every section. The lexical
/// side is the side that carries the tags, so an analyser (<c>*.automorf.bin</c>) and a generator (<c>*.autogen.bin</c>)
/// both work. The walk terminates on any input: it never enters a state that lies on a cycle (the regular-expression
/// parts of a dictionary: numbers, URLs, punctuation runs), stops at <c>maxLength</c> arcs, and leaves a path as soon as
/// <see cref="AnalysisRules"/> rejects a symbol on it (clitics, multiwords, closed classes, unknown tags).
/// </summary>
public static class TransducerPaths
{
    /// <summary>The default cap on the arcs of one path; dictionary words are far shorter.</summary>
    public const int DefaultMaxLength = 64;

    /// <summary>The analyses on accepted paths that <paramref name="rules"/> may keep, in depth-first order of the arcs as listed.</summary>
    public static IReadOnlyList<ApertiumAnalysis> Analyses(AttTransducer transducer, AnalysisRules rules, int maxLength = DefaultMaxLength)
    {
        var results = new List<ApertiumAnalysis>();
        foreach (var section in transducer.Sections.Where(s => !s.Cyclic.Contains(s.Start)))
        {
            new Walker(section, transducer.TagsOnInput, rules, maxLength, results).Walk(section.Start, 0, null);
        }
        return results;
    }

    /// <summary>Depth-first walk of one section, with the form and lexical form built so far.</summary>
    private sealed class Walker(AttSection section, bool lexicalOnInput, AnalysisRules rules, int maxLength, List<ApertiumAnalysis> results)
    {
        private readonly StringBuilder _form = new();
        private readonly StringBuilder _lexical = new();

        /// <summary>Walks on from <paramref name="state"/>; <paramref name="lastLexical"/> is the last non-empty lexical symbol.</summary>
        public void Walk(int state, int depth, string? lastLexical)
        {
            if (section.Finals.Contains(state) && lastLexical is not null && AnalysisRules.IsTag(lastLexical) && _form.Length > 0)
            {
                results.Add(new ApertiumAnalysis(_form.ToString(), _lexical.ToString()));
            }
            if (depth == maxLength)
            {
                return;
            }
            foreach (var arc in section.ArcsFrom(state))
            {
                var (surface, lexical) = lexicalOnInput ? (arc.Output, arc.Input) : (arc.Input, arc.Output);
                if (section.Cyclic.Contains(arc.Target)
                    || (surface.Length > 0 && !rules.AcceptsFormSymbol(surface))
                    || (lexical.Length > 0 && !rules.AcceptsLexicalSymbol(lastLexical, lexical)))
                {
                    continue;
                }
                var (formLength, lexicalLength) = (_form.Length, _lexical.Length);
                _form.Append(surface);
                _lexical.Append(lexical);
                Walk(arc.Target, depth + 1, lexical.Length > 0 ? lexical : lastLexical);
                _form.Length = formLength;
                _lexical.Length = lexicalLength;
            }
        }
    }
}
