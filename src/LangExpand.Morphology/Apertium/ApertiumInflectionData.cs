using LangExpand.Core.Diagnostics;
using LangExpand.Core.FiniteState;
using LangExpand.Core.Inflection;
using LangExpand.Core.IO;
using LangExpand.Core.Languages;
using LangExpand.Morphology.Data;

namespace LangExpand.Morphology.Apertium;

/// <summary>Options of <see cref="ApertiumInflectionData.Export"/>.</summary>
/// <param name="AnalyserFile">An Apertium analyser or generator in AT&amp;T text (<c>lt-print X.automorf.bin</c>), or with
/// <paramref name="Expanded"/> the <c>lt-expand</c> listing of a monolingual dictionary.</param>
/// <param name="Language">The language of the forms (code or name); its ISO 639-3 code names the files.</param>
/// <param name="OutputDirectory">Where <c>&lt;iso&gt;.trn</c>, <c>.dev</c>, <c>.tst</c> and <c>README.md</c> go.</param>
/// <param name="Expanded">Read <paramref name="AnalyserFile"/> as <c>lt-expand</c> output instead of AT&amp;T text.</param>
/// <param name="Split">Seed and sizes of the lemma-disjoint split.</param>
/// <param name="Source">Where the transducer came from (package and version, command), for the README; null names the file.</param>
public sealed record ApertiumExportOptions(
    string AnalyserFile,
    string Language,
    string OutputDirectory,
    bool Expanded = false,
    SplitOptions? Split = null,
    string? Source = null);

/// <summary>What <see cref="ApertiumInflectionData.Export"/> wrote.</summary>
/// <param name="Language">The language of the data.</param>
/// <param name="Analyses">Analyses read (after the walk's early filtering, for a transducer).</param>
/// <param name="Triples">Distinct (lemma, features) triples kept from them.</param>
/// <param name="Lemmas">Distinct lemmas among the triples.</param>
/// <param name="Split">The examples written to each split.</param>
/// <param name="Files">The files written, data files first.</param>
public sealed record ApertiumExportSummary(LanguageCode Language, int Analyses, int Triples, int Lemmas, InflectionSplit Split, IReadOnlyList<string> Files);

/// <summary>
/// Builds SIGMORPHON 2023 style inflection data (<c>lemma&lt;TAB&gt;features&lt;TAB&gt;form</c>) from an Apertium
/// transducer: open-class analyses mapped to UniMorph by <see cref="ApertiumTagTable.Default"/>, split by lemma.
/// </summary>
public static class ApertiumInflectionData
{
    /// <summary>Reads the analyser, builds and splits the triples, and writes the three data files and a README atomically.</summary>
    public static ApertiumExportSummary Export(ApertiumExportOptions options)
    {
        var language = LanguageCode.Parse(options.Language);
        var split = options.Split ?? new SplitOptions();
        CheckSplit(split);
        CheckOutput(options, language);
        var analyses = options.Expanded
            ? LtExpandReader.Read(options.AnalyserFile)
            : AnalysisPaths.Analyses(AttTextReader.Read(options.AnalyserFile), AnalysisRules.Default);
        var triples = ApertiumTriples.Build(analyses, AnalysisRules.Default);
        var lemmas = triples.Select(t => t.Lemma).Distinct(StringComparer.Ordinal).Count();
        var parts = LemmaSplit.Split(triples, split);
        var outputs = new[] { (Extension: "trn", Examples: parts.Train), (Extension: "dev", Examples: parts.Dev), (Extension: "tst", Examples: parts.Test) };
        if (outputs.FirstOrDefault(o => o.Examples.Count == 0).Extension is { } empty)
        {
            throw new LangExpandException(ErrorCode.NotEnoughData, $"{triples.Count} usable triples of {lemmas} lemmas leave the .{empty} split empty",
                new SourceLocation(options.AnalyserFile, 0),
                "an analyser with verbs, nouns or adjectives whose tags apertium-unimorph.tsv maps (and a larger --max-lemmas)");
        }
        var files = outputs.Select(o => Write(Path.Combine(options.OutputDirectory, $"{language.Iso639_3}.{o.Extension}"), o.Examples)).ToList();
        var readme = Path.Combine(options.OutputDirectory, "README.md");
        var summary = new ApertiumExportSummary(language, analyses.Count, triples.Count, lemmas, parts, [.. files, readme]);
        AtomicFile.WriteAllText(readme, ApertiumReadme.Compose(options with { Split = split }, summary));
        return summary;
    }

    private static string Write(string path, IReadOnlyList<InflectionTriple> examples)
    {
        InflectionWriter.Write(InflectionDataset.FromTriples(InflectionFormat.Sigmorphon2023, examples, path), path);
        return path;
    }

    private static void CheckSplit(SplitOptions split)
    {
        if (split.MaxLemmas is < 3)
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"--max-lemmas {split.MaxLemmas} is too small", expected: "at least 3 lemmas (one per split)");
        }
        if (split.MaxTrainExamples < 10)
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"--max-train {split.MaxTrainExamples} is too small", expected: "at least 10 training examples");
        }
    }

    /// <summary>
    /// Refuses an output folder that holds anything but an earlier export (its README says so), and outputs that are the
    /// analyser itself: a SIGMORPHON folder's own <c>spa.trn</c> must not be replaced.
    /// </summary>
    private static void CheckOutput(ApertiumExportOptions options, LanguageCode language)
    {
        var readme = Path.Combine(options.OutputDirectory, "README.md");
        var ours = File.Exists(readme) && File.ReadLines(readme).Take(40).Any(line => line.Contains(ApertiumReadme.Command, StringComparison.Ordinal));
        if (File.Exists(options.OutputDirectory)
            || (Directory.Exists(options.OutputDirectory) && Directory.EnumerateFileSystemEntries(options.OutputDirectory).Any() && !ours))
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"refusing to write into {options.OutputDirectory}: it is a file, or a folder with files that import-apertium did not write",
                expected: "a new or empty folder, or the folder of an earlier import-apertium run");
        }
        OutputPaths.RefuseOverwriting([.. new[] { "trn", "dev", "tst" }.Select(e => Path.Combine(options.OutputDirectory, $"{language.Iso639_3}.{e}")), readme], [options.AnalyserFile]);
    }
}
