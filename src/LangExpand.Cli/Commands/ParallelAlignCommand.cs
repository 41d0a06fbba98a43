using System.CommandLine;
using LangExpand.Core.Diagnostics;
using LangExpand.Parallel;
using LangExpand.Parallel.Alignment;
using LangExpand.Parallel.Text;

namespace LangExpand.Cli.Commands;

/// <summary><c>langexpand parallel align</c>: word-align parallel text and write Pharaoh links.</summary>
internal static class ParallelAlignCommand
{
    private const string None = "none";

    public static Command Create()
    {
        var input = new ParallelInputOptions();
        var symmetrize = new Option<string>("--symmetrize") { Description = "How to combine the two directions, or none for one direction", DefaultValueFactory = _ => "gdfa" };
        symmetrize.AcceptOnlyFromAmong([.. SymmetrizationMethodNames.All, None]);
        var direction = new Option<string?>("--direction") { Description = "With --symmetrize none: the direction to train and write (default forward)" };
        direction.AcceptOnlyFromAmong("forward", "reverse");
        var output = CommonOptions.RequiredPath("--out", "Pharaoh file to write (one line of 0-based i-j links per pair); verse ids go to FILE.ids");
        var command = new Command("align", "Word-align parallel text (fast_align's model, both directions trained by agreement in parallel) and write Pharaoh links")
        {
            symmetrize, direction, output,
        };
        input.AddTo(command);
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var method = parse.GetValue(symmetrize)!;
            if (method != None && parse.GetValue(direction) is not null)
            {
                throw new LangExpandException(ErrorCode.InvalidOption, "--direction applies only with --symmetrize none");
            }
            var options = input.Read(parse, parse.GetValue(output)!) with
            {
                Symmetrization = method == None ? null : SymmetrizationMethodNames.Parse(method),
                Direction = parse.GetValue(direction) == "reverse" ? AlignmentDirection.Reverse : AlignmentDirection.Forward,
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
}
