using System.CommandLine;
using LangExpand.Core.Diagnostics;
using LangExpand.Inflection.Neural;
using LangExpand.Inflection.Neural.Config;
using LangExpand.Inflection.Neural.Training;
using LangExpand.Morphology.Models;
using LangExpand.Torch.Runtime;

namespace LangExpand.Cli.Commands;

/// <summary>The neural transducer's options on <c>inflect train</c> (<c>--config</c>, <c>--preset</c>, <c>--device</c>, …).</summary>
internal sealed class NeuralOptions
{
    private readonly Option<string?> _config = new("--config") { Description = "Neural model: YAML settings (a preset plus overrides; see README)" };
    private readonly Option<string?> _preset = new("--preset") { Description = $"Neural model: preset to start from ({string.Join(", ", NeuralPresets.Names)}; default cpu)" };
    private readonly Option<string> _device = new("--device") { Description = $"Neural model: device ({TorchDevices.Choices})", DefaultValueFactory = _ => "auto" };
    private readonly Option<int?> _threads = new("--threads") { Description = "Neural model: libtorch CPU threads (default: libtorch's choice)" };
    private readonly Option<int?> _seed = new("--seed") { Description = "Neural model: seed (overrides the settings' seed)" };
    private readonly Option<int?> _maxSteps = new("--max-steps") { Description = "Neural model: most training steps (overrides the settings)" };
    private readonly Option<double?> _maxMinutes = new("--max-minutes")
    {
        Description = "Neural model: time budget; training stops at the first evaluation after this many minutes (overrides the settings)",
    };
    private readonly Option<string?> _checkpoint = new("--checkpoint") { Description = "Neural model: directory for a resumable checkpoint; an existing one is resumed" };
    private readonly Option<bool?> _withNeural = new("--with-neural")
    {
        Description = "With --model auto: also train the neural model and consider it, true or false (default: when --device gives a GPU; on a CPU it costs minutes per language)",
    };

    /// <summary>Registers the neural model with its default settings, so that it can be trained by name and loaded by type.</summary>
    public static void RegisterDefault() => InflectionModels.Register(new NeuralModelKind(new NeuralTrainingOptions(NeuralPresets.Create(NeuralPresets.Cpu))));

    /// <summary>
    /// Adds the options to <paramref name="command"/>; <c>--checkpoint</c> only with <paramref name="checkpoint"/> (one
    /// checkpoint directory cannot serve the many models of <c>inflect bench</c>).
    /// </summary>
    public void AddTo(Command command, bool checkpoint = true)
    {
        foreach (var option in new Option[] { _config, _preset, _device, _threads, _seed, _maxSteps, _maxMinutes, _withNeural })
        {
            command.Options.Add(option);
        }
        if (checkpoint)
        {
            command.Options.Add(_checkpoint);
        }
    }

    /// <summary>The neural model kind configured by the parsed options (progress lines go to standard error).</summary>
    public IInflectionModelKind Kind(ParseResult parse)
    {
        var configFile = parse.GetValue(_config);
        var preset = parse.GetValue(_preset);
        if (configFile is not null && preset is not null)
        {
            throw new LangExpandException(ErrorCode.InvalidOption, "--config and --preset were both given", expected: "one of them (a YAML file can say 'preset: paper')");
        }
        var config = configFile is null ? NeuralPresets.Create(preset ?? NeuralPresets.Cpu) : NeuralConfigYaml.Load(configFile);
        config.Seed = parse.GetValue(_seed) ?? config.Seed;
        config.MaxSteps = parse.GetValue(_maxSteps) ?? config.MaxSteps;
        config.MaxMinutes = parse.GetValue(_maxMinutes) ?? config.MaxMinutes;
        NeuralConfigValidation.Check(config, "--max-steps/--max-minutes");
        var error = parse.InvocationConfiguration.Error;
        return new NeuralModelKind(new NeuralTrainingOptions(config, parse.GetValue(_device)!, parse.GetValue(_threads),
            parse.CommandResult.Command.Options.Contains(_checkpoint) ? parse.GetValue(_checkpoint) : null,
            line => error.WriteLine(line), parse.GetValue(_withNeural)));
    }
}
