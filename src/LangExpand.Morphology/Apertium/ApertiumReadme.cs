using System.Text;
using LangExpand.Core.Inflection;

namespace LangExpand.Morphology.Apertium;

/// <summary>The README.md written beside exported Apertium data: what the files are, where they came from, the licence.</summary>
internal static class ApertiumReadme
{
    /// <summary>The command the README quotes, which also marks a folder as an earlier export's.</summary>
    public const string Command = "langexpand inflect import-apertium";

    /// <summary>The README text for an export; <paramref name="options"/> has its split options filled in.</summary>
    public static string Compose(ApertiumExportOptions options, ApertiumExportSummary summary)
    {
        var split = options.Split!;
        var language = summary.Language;
        var text = new StringBuilder();
        text.Append($"""
            # {language.Name} ({language.Iso639_3}) inflection data from Apertium

            Lemma-disjoint train/dev/test inflection data in the SIGMORPHON 2023 layout (`lemma<TAB>features<TAB>form`,
            UniMorph features), made by LangExpand from an Apertium morphological transducer. No lemma of `.dev` or `.tst`
            occurs in `.trn`.

            | File | Examples | Lemmas |
            | :-- | --: | --: |

            """);
        foreach (var (file, examples) in summary.Files.Zip(new[] { summary.Split.Train, summary.Split.Dev, summary.Split.Test }))
        {
            text.Append($"| `{Path.GetFileName(file)}` | {examples.Count} | {Lemmas(examples)} |\n");
        }
        var command = $"{Command} --analyser {options.AnalyserFile}{(options.Expanded ? " --expanded" : "")} "
            + $"--language {language.Iso639_3} --out {options.OutputDirectory} --seed {split.Seed}"
            + $"{(split.MaxLemmas is { } max ? $" --max-lemmas {max}" : "")} --max-train {split.MaxTrainExamples}";
        text.Append($"""

            - **Source:** {options.Source ?? Path.GetFileName(options.AnalyserFile)}
            - **Licence:** the GNU General Public License (GPL), like the Apertium linguistic data it is derived from; the
              version is in the source package's copyright file (Debian: `/usr/share/doc/<package>/copyright`).
            - **Made with:** `{command}`
            - **Content:** {summary.Analyses} analyses read; {summary.Triples} distinct (lemma, features) triples of {summary.Lemmas}
              lemmas kept: verbs, nouns and adjectives whose Apertium tags all map to UniMorph (the table
              `src/LangExpand.Morphology/Apertium/apertium-unimorph.tsv`), without multiwords, clitics or forms with
              characters other than letters, spaces and hyphens. Where a lemma has several forms for the same features the
              ordinally smallest is kept. Lemmas go to a split by a hash of the seed and the lemma (80/10/10); each split
              samples at most {split.MaxTrainExamples} (train) or {split.MaxHeldOutExamples} (dev, test) examples.

            """);
        return text.ToString();
    }

    private static int Lemmas(IReadOnlyList<InflectionTriple> examples) => examples.Select(t => t.Lemma).Distinct(StringComparer.Ordinal).Count();
}
