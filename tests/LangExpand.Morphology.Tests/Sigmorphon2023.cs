using LangExpand.Core.Inflection;
using LangExpand.Morphology.Data;
using LangExpand.TestKit;

namespace LangExpand.Morphology.Tests;

/// <summary>The shared SIGMORPHON 2023 files, for real-data tests (which are skipped where the shared data is absent).</summary>
internal static class Sigmorphon2023
{
    /// <summary>The triples of <paramref name="file"/> (e.g. <c>deu.dev</c>).</summary>
    public static IReadOnlyList<InflectionTriple> Read(string file) => InflectionReader.Read(SharedData.Path("sigmorphon2023", file)).Triples;

    /// <summary>Exact-match accuracy in percent of <paramref name="model"/> on <paramref name="gold"/>.</summary>
    public static double Accuracy(IInflector model, IReadOnlyList<InflectionTriple> gold) =>
        100.0 * gold.Count(t => model.Inflect(t.Lemma, t.Features) == t.Form) / gold.Count;
}
