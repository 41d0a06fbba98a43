using System.CommandLine;
using LangExpand.Core.IO;
using LangExpand.Pipeline.Planning;

namespace LangExpand.Cli.Commands;

/// <summary><c>langexpand plan</c>: a job-array script running one add-language per language.</summary>
internal static class PlanCommand
{
    public static Command Create()
    {
        var languages = CommonOptions.RequiredPath("--languages", "One ISO code per line, or a YAML list of codes or add-language settings (language:, from:, lexicon:, …)");
        var emit = new Option<PlanTarget>("--emit") { Description = "slurm (sbatch job array) or shell (bash)", Required = true };
        var from = new Option<string?>("--from") { Description = "Source language for entries that name none" };
        var outRoot = new Option<string>("--out-root") { Description = "Packs go to OUTROOT/ISO", DefaultValueFactory = _ => "packs" };
        var tool = new Option<string>("--langexpand") { Description = "How the script invokes the tool", DefaultValueFactory = _ => "langexpand" };
        var output = new Option<string?>("--out") { Description = "Script file to write (default: stdout)" };
        var monoShards = new Option<int>("--mono-shards") { Description = "Shards of synth-mono for entries that name no 'mono_shards:' (1: no sharding)", DefaultValueFactory = _ => 1 };
        var command = new Command("plan", "Write a Slurm job-array or shell script that runs add-language for every language of a list")
        {
            languages, emit, from, outRoot, tool, output, monoShards,
        };
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var script = PlanEmitter.Emit(LanguageList.Read(parse.GetValue(languages)!),
                new PlanOptions(parse.GetValue(emit), parse.GetValue(from), parse.GetValue(outRoot)!, parse.GetValue(tool)!)
                {
                    MonoShards = parse.GetValue(monoShards),
                });
            if (parse.GetValue(output) is { } path)
            {
                OutputPaths.RefuseOverwriting([path], [parse.GetValue(languages)!]);
                AtomicFile.WriteAllText(path, script);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
                }
            }
            else
            {
                stdout.Write(script);
            }
        }));
        return command;
    }
}
