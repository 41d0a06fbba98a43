using System.CommandLine;
using LangExpand.Morphology.Apertium;
using LangExpand.Morphology.Data;

namespace LangExpand.Cli.Commands;

/// <summary><c>langexpand inflect import-apertium</c>: SIGMORPHON 2023 style inflection data from an Apertium transducer.</summary>
internal static class ImportApertiumCommand
{
    public static Command Create()
    {
        var analyser = CommonOptions.RequiredPath("--analyser", "Apertium analyser (or generator) in AT&T text: lt-print X.automorf.bin > FILE");
        var expanded = new Option<bool>("--expanded") { Description = "Read --analyser as lt-expand output (form:lemma<tags> lines) instead" };
        var language = new Option<string>("--language") { Description = "Language of the forms (ISO 639 code or name); names the files", Required = true };
        var output = CommonOptions.RequiredPath("--out", "Folder to write <iso>.trn, <iso>.dev, <iso>.tst and README.md to");
        var seed = new Option<int>("--seed") { Description = "Seed of the lemma-disjoint split and the sampling", DefaultValueFactory = _ => 1 };
        var maxLemmas = new Option<int?>("--max-lemmas") { Description = "Use at most this many lemmas (default: all)" };
        var maxTrain = new Option<int>("--max-train") { Description = "Most training examples; dev and test get a tenth each", DefaultValueFactory = _ => 10_000 };
        var source = new Option<string?>("--source") { Description = "Where the transducer came from (package, version, command), for the README" };
        var command = new Command("import-apertium", "Turn an Apertium morphological transducer into lemma-disjoint SIGMORPHON 2023 train/dev/test files")
        {
            analyser, expanded, language, output, seed, maxLemmas, maxTrain, source,
        };
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var summary = ApertiumInflectionData.Export(new ApertiumExportOptions(parse.GetValue(analyser)!, parse.GetValue(language)!, parse.GetValue(output)!,
                parse.GetValue(expanded), new SplitOptions(parse.GetValue(seed), parse.GetValue(maxLemmas), parse.GetValue(maxTrain)), parse.GetValue(source)));
            stdout.WriteLine($"{summary.Analyses} analyses -> {summary.Triples} triples of {summary.Lemmas} lemmas; wrote {summary.Split.Train.Count} train, "
                + $"{summary.Split.Dev.Count} dev, {summary.Split.Test.Count} test examples ({summary.Language.Iso639_3}) -> {parse.GetValue(output)}");
        }));
        return command;
    }
}
