using LangExpand.Core.Features;
using LangExpand.Core.Inflection;

namespace LangExpand.Morphology.Tests.Baseline;

/// <summary>Hand-made training data written as <c>lemma form features</c> rows.</summary>
internal static class Toy
{
    public static InflectionTriple[] Triples(params string[] rows) =>
        rows.Select(row => row.Split(' ')).Select(cells => new InflectionTriple(cells[0], FeatureBundle.Parse(cells[2]), cells[1])).ToArray();

    /// <summary>German-like, suffixing: a circumfixed participle, a past tense with two competing rules, plurals.</summary>
    public static InflectionTriple[] German { get; } = Triples(
        "schielen geschielt V.PTCP;PST",
        "machen machte V;PST;3;SG",
        "sagen sagte V;PST;3;SG",
        "lachen lachte V;PST;3;SG",
        "Hund Hunde N;PL",
        "Tag Tage N;PL",
        "Kind Kinder N;PL");

    /// <summary>A language whose forms are all prefix + lemma.</summary>
    public static InflectionTriple[] Prefixing { get; } = Triples(
        "tabu matabu N;PL",
        "rino marino N;PL",
        "selu maselu N;PL",
        "tabu katabu V;PST",
        "polo kapolo V;PST",
        "selu kaselu V;PST");
}
