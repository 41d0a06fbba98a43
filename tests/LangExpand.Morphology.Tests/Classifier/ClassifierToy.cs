using LangExpand.Core.Inflection;
using LangExpand.Morphology.Tests.Baseline;

namespace LangExpand.Morphology.Tests.Classifier;

/// <summary>Hand-made paradigms for the classifier, written as <c>lemma form features</c> rows.</summary>
internal static class ClassifierToy
{
    /// <summary>German-like verbs (a circumfixed participle, a past tense) and Hungarian-like inessives with vowel harmony.</summary>
    public static InflectionTriple[] Paradigms { get; } = Toy.Triples(
        "machen gemacht V.PTCP;PST",
        "sagen gesagt V.PTCP;PST",
        "lachen gelacht V.PTCP;PST",
        "kaufen gekauft V.PTCP;PST",
        "fragen gefragt V.PTCP;PST",
        "machen machte V;PST;3;SG",
        "sagen sagte V;PST;3;SG",
        "lachen lachte V;PST;3;SG",
        "kaufen kaufte V;PST;3;SG",
        "fragen fragte V;PST;3;SG",
        "ház házban N;INE",
        "kert kertben N;INE",
        "asztal asztalban N;INE",
        "szék székben N;INE",
        "bor borban N;INE",
        "kép képben N;INE",
        "tok tokban N;INE",
        "fej fejben N;INE",
        "lap lapban N;INE",
        "ablak ablakban N;INE",
        "szem szemben N;INE",
        "hely helyben N;INE");
}
