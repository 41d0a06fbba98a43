using System.CommandLine;
using LangExpand.Evaluation.Lexicons;
using LangExpand.Lexicons;
using LangExpand.Lexicons.Formats;
using LangExpand.Lexicons.Merging;
using LangExpand.Lexicons.Statistics;

namespace LangExpand.Cli.Commands;

/// <summary><c>langexpand lexicon import|merge|stats|evaluate</c>: bilingual lexicons in one TSV schema.</summary>
internal static class LexiconCommand
{
    public static Command Create()
    {
        var command = new Command("lexicon", "Import bilingual lexicons (TSV, MUSE, PanLex, Wiktionary, Apertium) into lexicon TSV; merge, filter and count them");
        command.Subcommands.Add(Import());
        command.Subcommands.Add(Merge());
        command.Subcommands.Add(Stats());
        command.Subcommands.Add(Evaluate());
        return command;
    }

    private static Command Evaluate()
    {
        var lexicon = CommonOptions.RequiredPath("--in", "Lexicon TSV to evaluate (for example one made by 'parallel induce-lexicon')");
        var reference = CommonOptions.RequiredPath("--reference", "Reference dictionary as lexicon TSV (for example an imported Apertium pair)");
        var json = CommonOptions.Json();
        var command = new Command("evaluate", "Precision at 1 of a lexicon against a reference dictionary") { lexicon, reference, json };
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var score = LexiconPrecision.ScoreFiles(parse.GetValue(lexicon)!, parse.GetValue(reference)!);
            stdout.Write(parse.GetValue(json) ? score.ToJson() : score + "\n");
        }));
        return command;
    }

    private static Command Import()
    {
        var format = new Option<string>("--format") { Description = "Input format", Required = true };
        format.AcceptOnlyFromAmong([.. LexiconFormats.All.Select(f => f.Name)]);
        var inputs = Inputs("Input file; panlex takes two: the source language's export, then the target language's");
        var output = CommonOptions.RequiredPath("--out", "Lexicon TSV to write");
        var sourceLanguage = new Option<string?>("--src-lang") { Description = "wiktionary: keep words of this language; panlex: the first export's language (checked)" };
        var targetLanguage = new Option<string?>("--tgt-lang") { Description = "wiktionary (required): the translations' language; panlex: the second export's language (checked)" };
        var resource = new Option<string?>("--resource") { Description = "Provenance name of the entries (default: the input file name; apertium:<pair> for <pair>.autobil.*)" };
        var command = new Command("import", "Read a lexicon in any supported format and write it as lexicon TSV")
        {
            format, inputs, output, sourceLanguage, targetLanguage, resource,
        };
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var entries = LexiconTasks.Import(new LexiconImportOptions(LexiconFormats.Parse(parse.GetValue(format)!), parse.GetValue(inputs)!,
                parse.GetValue(output)!, parse.GetValue(sourceLanguage), parse.GetValue(targetLanguage), parse.GetValue(resource)));
            stdout.WriteLine($"imported {entries} entries ({parse.GetValue(format)}) -> {parse.GetValue(output)}");
        }));
        return command;
    }

    private static Command Merge()
    {
        var inputs = Inputs("Lexicon TSV to merge (repeat; earlier files win ties)");
        var output = CommonOptions.RequiredPath("--out", "Merged lexicon TSV to write");
        var minScore = new Option<double?>("--min-score") { Description = "Keep entries scoring at least this much" };
        var posAgree = new Option<bool>("--pos-agree") { Description = "Keep entries whose source and target parts of speech agree (or are missing)" };
        var drop = new Option<string?>("--drop")
        {
            Description = $"Drop entries of these kinds, comma-separated: {string.Join(", ", LexiconFilter.DropNames.Select(d => d.Name))}",
        };
        var command = new Command("merge", "Merge lexicon TSV files: filter, dedupe (keeping the best score's provenance) and write one") { inputs, output, minScore, posAgree, drop };
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var filter = new LexiconFilter(parse.GetValue(minScore), parse.GetValue(posAgree),
                parse.GetValue(drop) is { } kinds ? LexiconFilter.ParseDrops(kinds) : LexiconDrops.None);
            var files = parse.GetValue(inputs)!;
            var result = LexiconTasks.Merge(new LexiconMergeOptions(files, parse.GetValue(output)!, filter));
            stdout.WriteLine($"read {result.Read} entries from {files.Length} {(files.Length == 1 ? "lexicon" : "lexicons")}; {result.FilteredOut} filtered out, "
                + $"{result.DuplicatesMerged} duplicates merged; wrote {result.Entries.Count} -> {parse.GetValue(output)}");
        }));
        return command;
    }

    private static Command Stats()
    {
        var input = CommonOptions.RequiredPath("--in", "Lexicon TSV");
        var json = CommonOptions.Json();
        var command = new Command("stats", "Count entries, distinct sources and targets, parts of speech, directions and provenance") { input, json };
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var statistics = LexiconTasks.Stats(parse.GetValue(input)!);
            stdout.Write(parse.GetValue(json) ? LexiconStatisticsReport.ToJson(statistics) : LexiconStatisticsReport.ToMarkdown(statistics));
        }));
        return command;
    }

    private static Option<string[]> Inputs(string description) => new("--in") { Description = description, Required = true };
}
