using System.Text.RegularExpressions;
using LangExpand.Core.FiniteState;
using LangExpand.Core.IO;
using LangExpand.Morphology.Data;

namespace LangExpand.Parallel.Induction;

/// <summary>Reads a lemma lexicon file: Apertium analyser AT&amp;T text (recognised by its first line) or an inflection table.</summary>
internal static partial class LemmaFiles
{
    public static FormLemmas? Read(string? path) => path is null ? null
        : IsAttText(path) ? FormLemmas.FromAnalyser(AttTextReader.Read(path))
        : FormLemmas.FromTriples(InflectionReader.Read(path).Triples);

    private static bool IsAttText(string path) =>
        StrictTextReader.ReadLines(path).FirstOrDefault(l => l.Text.Length > 0).Text is { } first && AttLine().IsMatch(first);

    [GeneratedRegex(@"^\d+\t(\d+\t|[-.\d]+$|\d*$)")]
    private static partial Regex AttLine();
}
