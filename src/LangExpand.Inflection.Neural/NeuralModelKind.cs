using System.Text.Json.Nodes;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.Inflection;
using LangExpand.Inflection.Neural.Training;
using LangExpand.Morphology;
using LangExpand.Morphology.Models;
using LangExpand.Torch.Runtime;
using TorchSharp;

namespace LangExpand.Inflection.Neural;

/// <summary>The neural transducer as an <see cref="IInflectionModelKind"/>: pass it to <see cref="InflectionModels"/>' calls as one of their kinds.</summary>
/// <param name="options">Settings and run options used when this kind trains; its device also decodes the models it loads.</param>
public sealed class NeuralModelKind(NeuralTrainingOptions options) : IInflectionModelKind
{
    private readonly Lazy<bool> _joinsAuto = new(() => options.JoinsAuto ?? TrainsOnGpu(options.Device));

    /// <inheritdoc />
    public string Name => InflectionModels.Neural;

    /// <inheritdoc />
    public string ModelType => NeuralSerialization.ModelType;

    /// <inheritdoc />
    /// <remarks>Unless set, true when the device resolves to a CUDA device (libtorch is loaded to find out, except for <c>cpu</c>).</remarks>
    public bool JoinsAuto => _joinsAuto.Value;

    /// <inheritdoc />
    public IInflector Train(IReadOnlyList<InflectionTriple> training, IReadOnlyList<InflectionTriple>? development) =>
        NeuralTrainer.Train(training, development, options);

    /// <inheritdoc />
    public bool Owns(IInflector model) => model is NeuralInflector;

    /// <inheritdoc />
    public void Save(IInflector model, string directory, JsonObject metrics) => NeuralSerialization.Save((NeuralInflector)model, directory, metrics);

    /// <inheritdoc />
    /// <remarks>The model decodes on the device of the options (<c>auto</c>: a GPU when there is one).</remarks>
    public IInflector Load(string directory) => NeuralSerialization.Load(directory, TorchDevices.Resolve(options.Device));

    /// <summary>
    /// Whether <paramref name="device"/> resolves to a GPU. <c>auto</c> on a machine where libtorch does not load answers
    /// false (auto's other models need no libtorch); an explicit <c>cuda</c> without one fails as training would.
    /// </summary>
    private static bool TrainsOnGpu(string device)
    {
        if (device.Trim().Equals("cpu", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        try
        {
            return TorchDevices.Resolve(device).type == DeviceType.CUDA;
        }
        catch (LangExpandException e) when (e.Code == ErrorCode.TorchUnavailable && device.Trim().Equals("auto", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
    }
}
