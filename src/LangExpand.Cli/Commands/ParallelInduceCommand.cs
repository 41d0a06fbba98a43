using System.CommandLine;
using LangExpand.Parallel;
using LangExpand.Parallel.Induction;

namespace LangExpand.Cli.Commands;

/// <summary><c>langexpand parallel induce-lexicon</c>: word-align parallel text and induce a scored bilingual lexicon.</summary>
internal static class ParallelInduceCommand
{
    public static Command Create()
    {
        var input = new ParallelInputOptions();
        var defaults = new InductionOptions();
        var sourceLemmas = new Option<string?>("--src-lemmas") { Description = "Source lemma lexicon: an inflection table (any SIGMORPHON/UniMorph dialect) or an Apertium analyser as AT&T text (lt-print X.automorf.bin)" };
        var targetLemmas = new Option<string?>("--tgt-lemmas") { Description = "Target lemma lexicon (same kinds)" };
        var minLinks = new Option<double>("--min-links") { Description = "Minimum links between a word pair", DefaultValueFactory = _ => defaults.MinLinks };
        var minForward = new Option<double>("--min-forward") { Description = "Minimum p(target | source)", DefaultValueFactory = _ => defaults.MinForward };
        var minBackward = new Option<double>("--min-backward") { Description = "Minimum p(source | target)", DefaultValueFactory = _ => defaults.MinBackward };
        var minFrequency = new Option<double>("--min-source-frequency") { Description = "Minimum occurrences of the source word", DefaultValueFactory = _ => defaults.MinSourceFrequency };
        var maxPerSource = new Option<int>("--max-per-source") { Description = "Translations kept per source word", DefaultValueFactory = _ => defaults.MaxPerSource };
        var output = CommonOptions.RequiredPath("--out", "Lexicon TSV to write (source, target, score = √(p(t|s)·p(s|t)), provenance induced:<corpus>)");
        var command = new Command("induce-lexicon", "Align parallel text (both directions, grow-diag-final-and) and induce a bilingual lexicon from the links")
        {
            sourceLemmas, targetLemmas, minLinks, minForward, minBackward, minFrequency, maxPerSource, output,
        };
        input.AddTo(command);
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var options = new InductionOptions
            {
                MinLinks = parse.GetValue(minLinks),
                MinForward = parse.GetValue(minForward),
                MinBackward = parse.GetValue(minBackward),
                MinSourceFrequency = parse.GetValue(minFrequency),
                MaxPerSource = parse.GetValue(maxPerSource),
            };
            var job = input.Read(parse, parse.GetValue(output)!);
            var entries = ProgressDisplay.Run(parse.InvocationConfiguration.Error, "parallel induce-lexicon",
                progress => ParallelTasks.InduceLexicon(job, options, parse.GetValue(sourceLemmas), parse.GetValue(targetLemmas), progress));
            stdout.WriteLine($"induced {entries} entries -> {job.Output}");
        }));
        return command;
    }
}
