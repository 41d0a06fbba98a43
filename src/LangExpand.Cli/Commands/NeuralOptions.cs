using System.CommandLine;
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
    private readonly Option<string> _device = DeviceOption("Neural model: device");
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

    /// <summary>A <c>--device</c> option (for training and for prediction).</summary>
    public static Option<string> DeviceOption(string description) => new("--device") { Description = $"{description} ({TorchDevices.Choices})", DefaultValueFactory = _ => "auto" };

    /// <summary>Whether training model <paramref name="model"/> may involve the neural model (so its settings are read and checked).</summary>
    public static bool Involved(string model) => model is InflectionModels.Neural or InflectionModels.Auto;

    /// <summary>
    /// The model kinds besides the built-in ones that a command loads models of: the neural transducer, decoding on
    /// <paramref name="device"/> (and, in <c>add-language</c>, trained by <c>auto</c> where the device is a GPU).
    /// </summary>
    public static IReadOnlyList<IInflectionModelKind> Defaults(string device = "auto") =>
        [new NeuralModelKind(new NeuralTrainingOptions(NeuralPresets.Create(NeuralPresets.Cpu), device))];

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

    /// <summary>
    /// The model kinds besides the built-in ones that the parsed command may train: the neural model with the parsed
    /// settings (progress lines go to standard error, through its <see cref="ProgressLines"/>).
    /// </summary>
    public IReadOnlyList<IInflectionModelKind> Kinds(ParseResult parse)
    {
        var config = NeuralConfigYaml.Resolve(parse.GetValue(_config), parse.GetValue(_preset), parse.GetValue(_seed), parse.GetValue(_maxSteps), parse.GetValue(_maxMinutes));
        var error = parse.InvocationConfiguration.Error;
        return [new NeuralModelKind(new NeuralTrainingOptions(config, parse.GetValue(_device)!, parse.GetValue(_threads),
            parse.CommandResult.Command.Options.Contains(_checkpoint) ? parse.GetValue(_checkpoint) : null,
            ProgressLines.Of(error).Write, parse.GetValue(_withNeural)))];
    }
}
