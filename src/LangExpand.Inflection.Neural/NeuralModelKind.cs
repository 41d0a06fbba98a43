using System.Text.Json.Nodes;
using LangExpand.Core.Inflection;
using LangExpand.Inflection.Neural.Training;
using LangExpand.Morphology;
using LangExpand.Morphology.Models;

namespace LangExpand.Inflection.Neural;

/// <summary>The neural transducer as an <see cref="IInflectionModelKind"/>: register it with <see cref="InflectionModels.Register"/>.</summary>
/// <param name="options">Settings and run options used when this kind trains.</param>
public sealed class NeuralModelKind(NeuralTrainingOptions options) : IInflectionModelKind
{
    /// <inheritdoc />
    public string Name => InflectionModels.Neural;

    /// <inheritdoc />
    public string ModelType => NeuralSerialization.ModelType;

    /// <inheritdoc />
    public bool JoinsAuto => options.JoinsAuto;

    /// <inheritdoc />
    public IInflector Train(IReadOnlyList<InflectionTriple> training, IReadOnlyList<InflectionTriple>? development) =>
        NeuralTrainer.Train(training, development, options);

    /// <inheritdoc />
    public bool Owns(IInflector model) => model is NeuralInflector;

    /// <inheritdoc />
    public void Save(IInflector model, string directory, JsonObject metrics) => NeuralSerialization.Save((NeuralInflector)model, directory, metrics);

    /// <inheritdoc />
    public IInflector Load(string directory) => NeuralSerialization.Load(directory);
}
