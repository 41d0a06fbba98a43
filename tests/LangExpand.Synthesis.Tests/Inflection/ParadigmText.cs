using LangExpand.Core.Features;
using LangExpand.Core.Inflection;
using LangExpand.Synthesis.Inflection;

namespace LangExpand.Synthesis.Tests.Inflection;

/// <summary>Paradigm tables written as text in tests: lemma, bundle, form, one cell a line.</summary>
internal static class ParadigmText
{
    public static TargetParadigms Parse(string text) => new(text.Split('\n')
        .Select(line => line.Split(' ')).Select(cell => new InflectionTriple(cell[0], FeatureBundle.Parse(cell[1]), cell[2])));
}
