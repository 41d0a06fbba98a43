namespace LangExpand.Morphology.Models;

/// <summary>A model trained by <see cref="InflectionModels.Train"/>, with what development data said about it.</summary>
/// <param name="Inflector">The trained model.</param>
/// <param name="Name">The model it is (<c>baseline</c> or <c>classifier</c>), which for <c>auto</c> is the one selected.</param>
/// <param name="DevAccuracy">
/// Exact-match accuracy in percent on the development data of every model trained, by name; empty when no development
/// data was given.
/// </param>
public sealed record TrainedModel(IInflector Inflector, string Name, IReadOnlyDictionary<string, double> DevAccuracy);
