using System.Text.Json.Nodes;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.Inflection;
using LangExpand.Morphology.Baseline;
using LangExpand.Morphology.Classifier;

namespace LangExpand.Morphology.Models;

/// <summary>
/// The inflection models this build knows, by name: training one from triples (<c>auto</c> picks by development accuracy),
/// saving it as a model directory, and loading any saved model by the <c>type</c> in its <c>config.json</c>.
/// </summary>
public static class InflectionModels
{
    /// <summary>The SIGMORPHON non-neural affix-rule baseline.</summary>
    public const string Baseline = "baseline";

    /// <summary>The edit-script classifier.</summary>
    public const string Classifier = "classifier";

    /// <summary>Whichever of <see cref="Selectable"/> is most accurate on development data (see <see cref="ModelSelection"/>).</summary>
    public const string Auto = "auto";

    /// <summary>The neural transducer, planned but not in this build.</summary>
    public const string Neural = "neural";

    /// <summary>Model names the command line accepts (<see cref="Neural"/> is refused by <see cref="Train"/> with a clear error).</summary>
    public static IReadOnlyList<string> Names { get; } = [Baseline, Classifier, Auto, Neural];

    /// <summary>The models <see cref="Auto"/> chooses among, simplest first (the first of equally accurate ones wins).</summary>
    public static IReadOnlyList<string> Selectable { get; } = [Baseline, Classifier];

    /// <summary>
    /// Trains the model called <paramref name="name"/> on <paramref name="training"/>. With <paramref name="development"/>, the
    /// model is scored on it (and <see cref="Auto"/>, which needs it, keeps the most accurate of <see cref="Selectable"/>).
    /// </summary>
    public static TrainedModel Train(string name, IReadOnlyList<InflectionTriple> training, IReadOnlyList<InflectionTriple>? development = null)
    {
        if (name == Auto)
        {
            return ModelSelection.Select(Selectable, training, development
                ?? throw new LangExpandException(ErrorCode.InvalidOption, "model 'auto' chooses by development accuracy but no development data was given",
                    expected: "--dev FILE (a file with forms, such as the language's .dev)"));
        }
        var model = TrainOne(name, training);
        var accuracy = development is null ? new Dictionary<string, double>() : new() { [name] = ModelSelection.Accuracy(model, development) };
        return new TrainedModel(model, name, accuracy);
    }

    /// <summary>Trains one concrete model (not <see cref="Auto"/>).</summary>
    internal static IInflector TrainOne(string name, IReadOnlyList<InflectionTriple> training) => name switch
    {
        Baseline or AffixRuleSerialization.ModelType => AffixRuleTrainer.Train(training),
        Classifier or EditClassifierSerialization.ModelType => EditClassifierTrainer.Train(training),
        Neural => throw new LangExpandException(ErrorCode.InvalidOption, "the neural inflection model is not available in this build",
            expected: string.Join(", ", Names.Where(n => n != Neural))),
        _ => throw new LangExpandException(ErrorCode.InvalidOption, $"unknown inflection model '{name}'", expected: string.Join(", ", Names)),
    };

    /// <summary>Saves a trained model as a model directory with <paramref name="metrics"/> in <c>metrics.json</c>.</summary>
    public static void Save(IInflector model, string directory, JsonObject metrics)
    {
        switch (model)
        {
            case AffixRuleInflector rules:
                AffixRuleSerialization.Save(rules, directory, metrics);
                break;
            case EditClassifierInflector classifier:
                EditClassifierSerialization.Save(classifier, directory, metrics);
                break;
            default:
                throw new NotSupportedException($"no serialization for {model.GetType().Name}");
        }
    }

    /// <summary>Loads the model saved in <paramref name="directory"/>, whatever its type.</summary>
    public static IInflector Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new LangExpandException(ErrorCode.MissingInput, $"model directory not found: {directory}");
        }
        var (type, _, _) = ModelDirectory.ReadConfig(directory);
        return type switch
        {
            AffixRuleSerialization.ModelType => AffixRuleSerialization.Load(directory),
            EditClassifierSerialization.ModelType => EditClassifierSerialization.Load(directory),
            _ => throw new LangExpandException(ErrorCode.InvalidModel, $"unknown model type '{type}'",
                new SourceLocation(Path.Combine(directory, ModelDirectory.ConfigFile), 0),
                $"{AffixRuleSerialization.ModelType} or {EditClassifierSerialization.ModelType}"),
        };
    }
}
