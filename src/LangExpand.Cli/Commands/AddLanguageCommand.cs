using System.CommandLine;
using LangExpand.Pipeline;
using LangExpand.Pipeline.Encoders;
using LangExpand.Pipeline.Progress;
using LangExpand.Pipeline.Requests;
using LangExpand.Synthesis.Monolingual;

namespace LangExpand.Cli.Commands;

/// <summary><c>langexpand add-language</c>: one command from raw resources to a language pack.</summary>
internal static class AddLanguageCommand
{
    public static Command Create()
    {
        var settingOptions = new PackSettingsOptions(field => field.Key == "force"
            ? $"{field.Attribute.Help}: {string.Join(", ", EncoderSteps.Pipeline.Select(s => s.Name))}"
            : null);
        var config = new Option<string?>("--config") { Description = "YAML file with the same fields (snake_case); the command line overrides it" };
        var json = new Option<bool>("--json") { Description = "Progress as JSON lines on stderr" };
        var monoShard = new Option<string?>("--mono-shard") { Description = "K/N: only write shard K of N of synth-mono to PACK/.shards/mono-K-of-N.txt (after --stop-before synth-mono)" };
        var stopBefore = new Option<string?>("--stop-before") { Description = "Run only the steps before this one (e.g. synth-mono, to shard it)" };
        var command = new Command("add-language", "Build (or resume) a language pack: lexicon, inflection model, synthetic data, adapted encoder, manifest.yaml and report.md")
        {
            config, json, monoShard, stopBefore,
        };
        settingOptions.AddTo(command);
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var settings = settingOptions.Parse(parse);
            if (parse.GetValue(config) is { } file)
            {
                settings = PackSettingsYaml.Read(file).Merge(settings);
            }
            if (parse.GetValue(monoShard) is { } shard)
            {
                stdout.WriteLine($"shard:  {LanguagePacks.SynthesiseMonoShard(settings, Shard.Parse(shard, "--mono-shard"), EncoderSteps.Pipeline, NeuralOptions.Defaults())}");
                return;
            }
            var error = parse.InvocationConfiguration.Error;
            var summary = Run(error, parse.GetValue(json), progress => LanguagePacks.Add(settings, progress, EncoderSteps.Pipeline, NeuralOptions.Defaults(), parse.GetValue(stopBefore)));
            stdout.WriteLine($"pack:   {summary.PackDirectory}");
            stdout.WriteLine($"report: {Path.Combine(summary.PackDirectory, PackLayout.Report)}");
        }));
        return command;
    }

    private static PackSummary Run(TextWriter error, bool json, Func<IPipelineProgress, PackSummary> job) =>
        json ? job(new JsonPipelineProgress(error))
        : ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? SpectrePipelineProgress.Run(job)
        : job(new PlainPipelineProgress(error));
}
