using System.CommandLine;
using LangExpand.Torch.Runtime;
using static TorchSharp.torch;

namespace LangExpand.Cli.Commands;

/// <summary><c>--device</c>, <c>--threads</c> and <c>--seed</c> of the neural commands.</summary>
internal sealed class TorchOptions
{
    private readonly Option<string> _device = new("--device") { Description = $"Where to run: {TorchDevices.Choices}", DefaultValueFactory = _ => "auto" };
    private readonly Option<int> _threads = CommonOptions.AtLeast(new("--threads") { Description = "CPU threads for libtorch (0: its default)", DefaultValueFactory = _ => 0 }, 0);

    /// <summary><c>--seed</c>.</summary>
    public Option<long> Seed { get; } = new("--seed") { Description = "Seed of initialisation, data order, masking and dropout", DefaultValueFactory = _ => 1 };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_device);
        command.Options.Add(_threads);
        command.Options.Add(Seed);
    }

    /// <summary>Loads libtorch, sets the threads and resolves the device.</summary>
    public Device Prepare(ParseResult parse)
    {
        TorchRuntime.EnsureLoaded();
        if (parse.GetValue(_threads) is > 0 and var threads)
        {
            TorchRuntime.SetThreads(threads);
        }
        return TorchDevices.Resolve(parse.GetValue(_device)!);
    }
}
