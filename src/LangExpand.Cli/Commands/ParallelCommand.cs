using System.CommandLine;
using LangExpand.Parallel;
using LangExpand.Parallel.Alignment;

namespace LangExpand.Cli.Commands;

/// <summary><c>langexpand parallel align|symmetrize|aer</c>: word alignment of parallel text.</summary>
internal static class ParallelCommand
{
    public static Command Create()
    {
        var command = new Command("parallel", "Word-align parallel text (Bibles, Moses, TSV, TMX), symmetrise alignments, score them");
        command.Subcommands.Add(ParallelAlignCommand.Create());
        command.Subcommands.Add(ParallelInduceCommand.Create());
        command.Subcommands.Add(Symmetrize());
        command.Subcommands.Add(Aer());
        return command;
    }

    private static Command Symmetrize()
    {
        var forward = CommonOptions.RequiredPath("--forward", "Forward Pharaoh file (source-target links)");
        var reverse = CommonOptions.RequiredPath("--reverse", "Reverse Pharaoh file (also source-target links, as fast_align -r writes them)");
        var method = new Option<string>("--method") { Description = "Symmetrisation method", DefaultValueFactory = _ => "gdfa" };
        method.AcceptOnlyFromAmong([.. SymmetrizationMethodNames.All]);
        var output = CommonOptions.RequiredPath("--out", "Pharaoh file to write");
        var command = new Command("symmetrize", "Combine forward and reverse alignments (intersect, union, grow-diag[-final[-and]])") { forward, reverse, method, output };
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var lines = ParallelTasks.Symmetrize(parse.GetValue(forward)!, parse.GetValue(reverse)!, SymmetrizationMethodNames.Parse(parse.GetValue(method)!), parse.GetValue(output)!);
            stdout.WriteLine($"symmetrized {lines} pairs ({parse.GetValue(method)}) -> {parse.GetValue(output)}");
        }));
        return command;
    }

    private static Command Aer()
    {
        var gold = CommonOptions.RequiredPath("--gold", "Gold alignment: 1-based links i-j (sure) and ipj (possible), one line per pair");
        var test = CommonOptions.RequiredPath("--test", "Alignment to score: Pharaoh links, 0-based unless --one-based-test");
        var oneBased = new Option<bool>("--one-based-test") { Description = "The tested file's positions are 1-based" };
        var command = new Command("aer", "Alignment error rate, precision and recall against gold links") { gold, test, oneBased };
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
            stdout.WriteLine(ParallelTasks.ScoreAer(parse.GetValue(gold)!, parse.GetValue(test)!, parse.GetValue(oneBased)).ToString())));
        return command;
    }
}
