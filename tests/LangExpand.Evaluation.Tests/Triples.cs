using LangExpand.Core.Features;
using LangExpand.Core.Inflection;

namespace LangExpand.Evaluation.Tests;

/// <summary>Short ways to write inflection triples in tests.</summary>
internal static class Triples
{
    public static InflectionTriple Triple(string lemma, string features, string? form) =>
        new(lemma, FeatureBundle.Parse(features), form);

    /// <summary>Triples from <c>lemma|features|form</c> strings (an empty form stays empty).</summary>
    public static InflectionTriple[] Parse(params string[] rows) =>
        rows.Select(row => row.Split('|')).Select(cells => Triple(cells[0], cells[1], cells[2])).ToArray();
}
