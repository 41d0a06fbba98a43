using System.CommandLine;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.Languages;
using LangExpand.Parallel;
using LangExpand.Parallel.Alignment;
using LangExpand.Parallel.Text;
using LangExpand.Parallel.Tokenization;

namespace LangExpand.Cli.Commands;

/// <summary><c>langexpand parallel align</c>: word-align parallel text and write Pharaoh links.</summary>
internal static class ParallelAlignCommand
{
    private const string None = "none";

    public static Command Create()
    {
        var sourceLanguage = new Option<string?>("--src-lang") { Description = "Source language (ISO 639 code or name); chooses TMX variants, checked against Bible headers" };
        var targetLanguage = new Option<string?>("--tgt-lang") { Description = "Target language (ISO 639 code or name)" };
        var inputs = new Option<string[]>("--parallel")
        {
            Description = "Parallel text: SRC TGT (verse-tsv, ces, moses) or one FILE (tsv, pipes, tmx)",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            Arity = new ArgumentArity(1, 2),
        };
        var format = new Option<string?>("--format") { Description = $"Input format, detected when omitted: {string.Join(", ", ParallelFormatNames.All)}" };
        format.AcceptOnlyFromAmong([.. ParallelFormatNames.All]);
        var symmetrize = new Option<string>("--symmetrize") { Description = "How to combine the two directions, or none for one direction", DefaultValueFactory = _ => "gdfa" };
        symmetrize.AcceptOnlyFromAmong([.. SymmetrizationMethodNames.All, None]);
        var direction = new Option<string?>("--direction") { Description = "With --symmetrize none: the direction to train and write (default forward)" };
        direction.AcceptOnlyFromAmong("forward", "reverse");
        var iterations = new Option<int>("--iterations") { Description = "EM iterations (the first is IBM Model 1)", DefaultValueFactory = _ => new AlignmentOptions().Iterations };
        var lowercase = new Option<bool>("--lowercase") { Description = "Lower-case tokens (true or false)", DefaultValueFactory = _ => true };
        var tokenizer = new Option<string>("--tokenizer") { Description = "unicode (words and punctuation) or whitespace (pre-tokenised text)", DefaultValueFactory = _ => "unicode" };
        tokenizer.AcceptOnlyFromAmong("unicode", "whitespace");
        var output = CommonOptions.RequiredPath("--out", "Pharaoh file to write (one line of 0-based i-j links per pair); verse ids go to FILE.ids");
        var command = new Command("align", "Word-align parallel text (fast_align's model, both directions in parallel) and write Pharaoh links")
        {
            sourceLanguage, targetLanguage, inputs, format, symmetrize, direction, iterations, lowercase, tokenizer, output,
        };
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var method = parse.GetValue(symmetrize)!;
            if (method != None && parse.GetValue(direction) is not null)
            {
                throw new LangExpandException(ErrorCode.InvalidOption, "--direction applies only with --symmetrize none");
            }
            var options = new AlignFilesOptions(parse.GetValue(inputs)!, parse.GetValue(output)!)
            {
                Format = parse.GetValue(format) is { } name ? ParallelFormatNames.Parse(name) : null,
                SourceLanguage = Language(parse.GetValue(sourceLanguage)),
                TargetLanguage = Language(parse.GetValue(targetLanguage)),
                Symmetrization = method == None ? null : SymmetrizationMethodNames.Parse(method),
                Direction = parse.GetValue(direction) == "reverse" ? AlignmentDirection.Reverse : AlignmentDirection.Forward,
                Alignment = new AlignmentOptions { Iterations = parse.GetValue(iterations) },
                Tokenizer = new TokenizerOptions
                {
                    Lowercase = parse.GetValue(lowercase),
                    Mode = parse.GetValue(tokenizer) == "whitespace" ? TokenizerMode.Whitespace : TokenizerMode.Unicode,
                },
            };
            var error = parse.InvocationConfiguration.Error;
            var summary = ProgressDisplay.Run(error, "parallel align", progress => ParallelTasks.Align(options, progress));
            foreach (var note in summary.Input.Notes)
            {
                error.WriteLine(note);
            }
            var ids = summary.IdsPath is null ? "" : $" (ids: {summary.IdsPath})";
            stdout.WriteLine($"aligned {summary.Pairs} pairs ({ParallelFormatNames.Name(summary.Input.Format)}, {method}): "
                + $"{summary.Links} links in {summary.Seconds:F2}s -> {options.Output}{ids}");
        }));
        return command;
    }

    private static LanguageCode? Language(string? text) => text is null ? null : LanguageCode.Parse(text);
}
