using LangExpand.Morphology.Models;

namespace LangExpand.Evaluation.Inflection;

/// <summary>Which data split <see cref="InflectionBenchmark"/> predicts.</summary>
public enum BenchSplit
{
    /// <summary>The development files (always with forms, so always scored).</summary>
    Dev,

    /// <summary>The test files: scored where gold forms are present, otherwise only predicted.</summary>
    Test,
}

/// <summary>Options of <see cref="InflectionBenchmark.Run"/>.</summary>
/// <param name="DataDirectory">A SIGMORPHON folder of any year.</param>
/// <param name="Split">The split to predict and score.</param>
/// <param name="Model">Model name (see <see cref="InflectionModels.Names"/>).</param>
/// <param name="TrainSize">Training size to use where a folder has several; null takes the largest.</param>
/// <param name="PredictionsDirectory">Where to write each language's predictions (input dialect); null writes none.</param>
/// <param name="Scoring">Comparison choices.</param>
/// <param name="Languages">Only these dataset ids; null for all.</param>
/// <param name="Kinds">Model kinds besides the built-in ones (the neural transducer with its settings, and whether it joins
/// <c>auto</c>); null trains the built-in ones only.</param>
public sealed record BenchOptions(
    string DataDirectory,
    BenchSplit Split = BenchSplit.Dev,
    string Model = InflectionModels.Baseline,
    string? TrainSize = null,
    string? PredictionsDirectory = null,
    ScoringOptions? Scoring = null,
    IReadOnlyList<string>? Languages = null,
    IReadOnlyList<IInflectionModelKind>? Kinds = null);
