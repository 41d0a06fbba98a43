using System.CommandLine;
using LangExpand.Core.Languages;
using LangExpand.Synthesis;
using LangExpand.Synthesis.Labelled;
using LangExpand.Synthesis.Monolingual;
using LangExpand.Synthesis.Substitution;

namespace LangExpand.Cli.Commands;

/// <summary><c>langexpand synth labelled|mono</c>: synthetic target-language data by lexicon substitution and re-inflection.</summary>
internal static class SynthCommand
{
    public static Command Create()
    {
        var command = new Command("synth", "Synthesise target-language training data from source-language data and a lexicon");
        command.Subcommands.Add(Labelled());
        command.Subcommands.Add(Mono());
        return command;
    }

    private static Command Labelled()
    {
        var shared = new SharedOptions("Source labelled data: CoNLL-U, token<TAB>label TSV or MASSIVE JSONL ('-': standard input)",
            "Target data to write, same format ('-': standard output); beside a file: OUT.manifest.json, and OUT.provenance.tsv for TSV");
        var format = new Option<LabelledFormat?>("--format") { Description = "conllu, tsv or jsonl; told from the file name or first line when omitted" };
        var alternatives = new Option<int>("--max-alternatives") { Description = "Cap of --choice all", DefaultValueFactory = _ => 5 };
        var coverage = new Option<double>("--min-coverage") { Description = "Drop sentences with a smaller share of substituted words (0 keeps all, code-switched)", DefaultValueFactory = _ => 0 };
        var command = new Command("labelled", "Labelled data in, the same format out: translate words through the lexicon, re-inflect lemmas for their features, keep labels")
        {
            format, alternatives, coverage,
        };
        shared.AddTo(command);
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var job = new LabelledSynthesisJob(shared.Source(parse), shared.Target(parse), parse.GetValue(shared.Lexicon)!, parse.GetValue(shared.Input)!,
                parse.GetValue(shared.Output)!, parse.GetValue(shared.Paradigms), parse.GetValue(shared.Inflector),
                new LabelledSynthesisOptions(shared.Choice(parse, parse.GetValue(alternatives)), parse.GetValue(coverage), shared.Reinflect(parse)), parse.GetValue(format),
                parse.GetValue(shared.SourceParadigms)) { InflectorKinds = NeuralOptions.Defaults() };
            var statistics = SynthesisTasks.Labelled(job, new StandardStreams(CliApplication.StandardInput, stdout));
            Report(parse, stdout, job.Output, statistics);
        }));
        return command;
    }

    private static Command Mono()
    {
        var shared = new SharedOptions("Source text, one sentence per line ('-': standard input)", "Target text to write ('-': standard output); manifest: OUT.manifest.json");
        var minSubstituted = new Option<int>("--min-substituted") { Description = "Keep sentences with at least this many substituted words", DefaultValueFactory = _ => 3 };
        var coverage = new Option<double>("--min-coverage") { Description = "Keep sentences whose share of substituted words is at least this", DefaultValueFactory = _ => 0.5 };
        var cap = new Option<long?>("--max-sentences") { Description = "Stop after this many sentences are kept (all shards together)" };
        var keepDuplicates = new Option<bool>("--keep-duplicates") { Description = "Do not drop repeated source lines" };
        var shard = new Option<string?>("--shard") { Description = "K/N: write block K of N (1-based); the N outputs concatenated equal one run's" };
        var command = new Command("mono", "Pseudo-monolingual target text for MLM: substitute over source text, keep well-covered sentences, dedupe, cap, shard")
        {
            minSubstituted, coverage, cap, keepDuplicates, shard,
        };
        shared.AddTo(command);
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var options = new MonolingualOptions(shared.Choice(parse, 5), parse.GetValue(minSubstituted), parse.GetValue(coverage),
                parse.GetValue(cap) ?? long.MaxValue, !parse.GetValue(keepDuplicates), parse.GetValue(shard) is { } text ? Shard.Parse(text) : null, shared.Reinflect(parse));
            var job = new MonolingualSynthesisJob(shared.Source(parse), shared.Target(parse), new SynthesisResourceFiles(parse.GetValue(shared.Lexicon)!,
                parse.GetValue(shared.Paradigms), parse.GetValue(shared.Inflector), parse.GetValue(shared.SourceParadigms)) { InflectorKinds = NeuralOptions.Defaults() },
                parse.GetValue(shared.Input)!, parse.GetValue(shared.Output)!, options);
            var statistics = SynthesisTasks.Monolingual(job, new StandardStreams(CliApplication.StandardInput, stdout));
            Report(parse, stdout, job.Output, statistics);
        }));
        return command;
    }

    private static void Report(ParseResult parse, TextWriter stdout, string output, SynthesisStatistics statistics)
    {
        var error = parse.InvocationConfiguration.Error;
        error.WriteLine(statistics);
        (output == "-" ? error : stdout).WriteLine($"wrote {statistics.SentencesOut} sentences -> {(output == "-" ? "standard output" : output)}");
    }

    /// <summary>The options both subcommands have.</summary>
    private sealed class SharedOptions(string input, string output)
    {
        public Option<string> SourceLanguage { get; } = CommonOptions.RequiredPath("--source-lang", "Language of the input (ISO 639 code or name)");
        public Option<string> TargetLanguage { get; } = CommonOptions.RequiredPath("--target-lang", "Language to synthesise");
        public Option<string> Lexicon { get; } = CommonOptions.RequiredPath("--lexicon", "Lexicon TSV, source to target (from 'lexicon import' or 'parallel induce-lexicon')");
        public Option<string?> Paradigms { get; } = new("--unimorph") { Description = "Target paradigm table (UniMorph or any SIGMORPHON dialect): re-inflect translated lemmas" };
        public Option<string?> Inflector { get; } = new("--inflector") { Description = "Inflection model directory (from 'inflect train') for cells the table lacks" };
        public Option<string?> SourceParadigms { get; } = new("--source-unimorph") { Description = "Source paradigm table: analyses input without lemmas (TSV, JSONL, text) so lemmas can be re-inflected" };
        public Option<string> Input { get; } = CommonOptions.RequiredPath("--in", input);
        public Option<string> Output { get; } = CommonOptions.RequiredPath("--out", output);
        public Option<ChoiceKind> ChoiceKind { get; } = new("--choice") { Description = "best, sample (seeded, score-weighted) or all (one output per alternative)", DefaultValueFactory = _ => Synthesis.Substitution.ChoiceKind.Best };
        public Option<int> Seed { get; } = new("--seed") { Description = "Seed of --choice sample (each sentence is seeded from it and its position)", DefaultValueFactory = _ => 1 };
        public Option<bool> NoReinflect { get; } = new("--no-reinflect") { Description = "Write translated lemmas as the lexicon has them (Inflection=off), to measure what re-inflection is worth" };

        public void AddTo(Command command)
        {
            foreach (var option in new Option[] { SourceLanguage, TargetLanguage, Lexicon, Paradigms, Inflector, SourceParadigms, Input, Output, ChoiceKind, Seed, NoReinflect })
            {
                command.Options.Add(option);
            }
        }

        public LanguageCode Source(ParseResult parse) => LanguageCode.Parse(parse.GetValue(SourceLanguage)!);

        public LanguageCode Target(ParseResult parse) => LanguageCode.Parse(parse.GetValue(TargetLanguage)!);

        public ChoicePolicy Choice(ParseResult parse, int maxAlternatives) => new(parse.GetValue(ChoiceKind), parse.GetValue(Seed), maxAlternatives);

        public bool Reinflect(ParseResult parse) => !parse.GetValue(NoReinflect);
    }
}
