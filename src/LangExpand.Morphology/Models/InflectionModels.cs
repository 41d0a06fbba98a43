using System.Text.Json.Nodes;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.Inflection;
using LangExpand.Morphology.Baseline;
using LangExpand.Morphology.Classifier;

namespace LangExpand.Morphology.Models;

/// <summary>
/// The inflection models this build knows, by name: training one from triples, saving it as a model directory, and
/// loading any saved model by the <c>type</c> in its <c>config.json</c>.
/// </summary>
public static class InflectionModels
{
    /// <summary>The SIGMORPHON non-neural affix-rule baseline.</summary>
    public const string Baseline = "baseline";

    /// <summary>The edit-script classifier.</summary>
    public const string Classifier = "classifier";

    /// <summary>Model names accepted by <see cref="Train"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = [Baseline, Classifier];

    /// <summary>Trains the model called <paramref name="name"/> on <paramref name="training"/>.</summary>
    public static IInflector Train(string name, IReadOnlyList<InflectionTriple> training) => name switch
    {
        Baseline or AffixRuleSerialization.ModelType => AffixRuleTrainer.Train(training),
        Classifier => EditClassifierTrainer.Train(training),
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
            _ => throw new LangExpandException(ErrorCode.InvalidModel, $"unknown model type '{type}'",
                new SourceLocation(Path.Combine(directory, ModelDirectory.ConfigFile), 0), AffixRuleSerialization.ModelType),
        };
    }
}
