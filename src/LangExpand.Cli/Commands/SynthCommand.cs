using System.CommandLine;
using LangExpand.Core.Languages;
using LangExpand.Synthesis;
using LangExpand.Synthesis.Labelled;
using LangExpand.Synthesis.Substitution;

namespace LangExpand.Cli.Commands;

/// <summary><c>langexpand synth labelled</c>: synthetic labelled data in the target language by lexicon substitution and re-inflection.</summary>
internal static class SynthCommand
{
    public static Command Create()
    {
        var command = new Command("synth", "Synthesise target-language training data from source-language data and a lexicon");
        command.Subcommands.Add(Labelled());
        return command;
    }

    private static Command Labelled()
    {
        var sourceLanguage = CommonOptions.RequiredPath("--source-lang", "Language of the input (ISO 639 code or name)");
        var targetLanguage = CommonOptions.RequiredPath("--target-lang", "Language to synthesise");
        var lexicon = CommonOptions.RequiredPath("--lexicon", "Lexicon TSV, source to target (from 'lexicon import' or 'parallel induce-lexicon')");
        var paradigms = new Option<string?>("--unimorph") { Description = "Target paradigm table (UniMorph or any SIGMORPHON dialect): re-inflect translated lemmas" };
        var inflector = new Option<string?>("--inflector") { Description = "Inflection model directory (from 'inflect train') for cells the table lacks" };
        var input = CommonOptions.RequiredPath("--in", "Source CoNLL-U");
        var output = CommonOptions.RequiredPath("--out", "Target CoNLL-U to write (manifest: OUT.manifest.json)");
        var choice = new Option<ChoiceKind>("--choice") { Description = "best, sample (seeded, score-weighted) or all (one sentence per alternative)", DefaultValueFactory = _ => ChoiceKind.Best };
        var seed = new Option<int>("--seed") { Description = "Seed of --choice sample", DefaultValueFactory = _ => 1 };
        var alternatives = new Option<int>("--max-alternatives") { Description = "Cap of --choice all", DefaultValueFactory = _ => 5 };
        var coverage = new Option<double>("--min-coverage") { Description = "Drop sentences with a smaller share of substituted words (0 keeps all)", DefaultValueFactory = _ => 0 };
        var command = new Command("labelled", "CoNLL-U in, CoNLL-U out: translate words through the lexicon, re-inflecting lemmas for their UD features")
        {
            sourceLanguage, targetLanguage, lexicon, paradigms, inflector, input, output, choice, seed, alternatives, coverage,
        };
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var job = new LabelledSynthesisJob(LanguageCode.Parse(parse.GetValue(sourceLanguage)!), LanguageCode.Parse(parse.GetValue(targetLanguage)!),
                parse.GetValue(lexicon)!, parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(paradigms), parse.GetValue(inflector),
                new LabelledSynthesisOptions(new ChoicePolicy(parse.GetValue(choice), parse.GetValue(seed), parse.GetValue(alternatives)), parse.GetValue(coverage)));
            var statistics = SynthesisTasks.Labelled(job);
            parse.InvocationConfiguration.Error.WriteLine(statistics);
            stdout.WriteLine($"wrote {statistics.SentencesOut} sentences -> {job.Output}");
        }));
        return command;
    }
}
