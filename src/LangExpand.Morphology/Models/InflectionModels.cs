using System.Text.Json.Nodes;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;
using LangExpand.Core.Inflection;
using LangExpand.Morphology.Baseline;
using LangExpand.Morphology.Classifier;

namespace LangExpand.Morphology.Models;

/// <summary>
/// The inflection models this build knows, by name: training one from triples (<c>auto</c> picks by development accuracy),
/// saving it as a model directory, and loading any saved model by the <c>type</c> in its <c>config.json</c>. Models from
/// other projects (the neural transducer) are passed in as <c>kinds</c> by the caller (the command line builds them from
/// its options); there is no global registry, so what a call can train or load is what its arguments say.
/// </summary>
public static class InflectionModels
{
    /// <summary>The SIGMORPHON non-neural affix-rule baseline.</summary>
    public const string Baseline = "baseline";

    /// <summary>The edit-script classifier.</summary>
    public const string Classifier = "classifier";

    /// <summary>
    /// The edit-script classifier with paradigm features (<see cref="EditClassifierOptions.UseKnownCells"/>): it keeps its
    /// training pairs and reads a lemma's class off the edit trees of its known cells.
    /// </summary>
    public const string Paradigm = "paradigm";

    /// <summary>Whichever of <see cref="Selectable"/> is most accurate on development data (see <see cref="ModelSelection"/>).</summary>
    public const string Auto = "auto";

    /// <summary>The neural transducer (available when a call is given its kind).</summary>
    public const string Neural = "neural";

    /// <summary>
    /// The classifier and the neural transducer gated by their confidences (<see cref="GatedInflector"/>): not trained on its
    /// own, but an extra candidate of <see cref="Auto"/> whenever both of the others were trained.
    /// </summary>
    public const string Gated = "gated";

    /// <summary>Model names the command line accepts (a name whose kind a call was not given is refused by <see cref="Train"/> with a clear error).</summary>
    public static IReadOnlyList<string> Names { get; } = [Baseline, Classifier, Paradigm, Auto, Neural];

    /// <summary>
    /// The models <see cref="Auto"/> chooses among, simplest first (the first of equally accurate ones wins): the built-in ones,
    /// then those of <paramref name="kinds"/> that join <c>auto</c> (<see cref="IInflectionModelKind.JoinsAuto"/>).
    /// </summary>
    public static IReadOnlyList<string> Selectable(IReadOnlyList<IInflectionModelKind>? kinds = null) =>
        [Baseline, Classifier, Paradigm, .. (kinds ?? []).Where(k => k.JoinsAuto).Select(k => k.Name)];

    /// <summary>
    /// Trains the model called <paramref name="name"/> on <paramref name="training"/>. With <paramref name="development"/>, the
    /// model is scored on it (and <see cref="Auto"/>, which needs it, keeps the most accurate of <see cref="Selectable"/>).
    /// <paramref name="kinds"/> are the models this call may train besides the built-in ones (with their settings).
    /// </summary>
    public static TrainedModel Train(string name, IReadOnlyList<InflectionTriple> training, IReadOnlyList<InflectionTriple>? development = null,
        IReadOnlyList<IInflectionModelKind>? kinds = null)
    {
        if (name == Auto)
        {
            return ModelSelection.Select(Selectable(kinds), training, development
                ?? throw new LangExpandException(ErrorCode.InvalidOption, "model 'auto' chooses by development accuracy but no development data was given",
                    expected: "--dev FILE (a file with forms, such as the language's .dev)"), kinds);
        }
        var model = TrainOne(name, training, development, kinds);
        var accuracy = development is null ? new Dictionary<string, double>() : new() { [name] = ModelSelection.Accuracy(model, development) };
        return new TrainedModel(model, name, accuracy);
    }

    /// <summary>Trains one concrete model (not <see cref="Auto"/>); other kinds may use <paramref name="development"/> for early stopping.</summary>
    internal static IInflector TrainOne(string name, IReadOnlyList<InflectionTriple> training, IReadOnlyList<InflectionTriple>? development,
        IReadOnlyList<IInflectionModelKind>? kinds)
    {
        switch (name)
        {
            case Baseline or AffixRuleSerialization.ModelType:
                return AffixRuleTrainer.Train(training);
            case Classifier or EditClassifierSerialization.ModelType:
                return EditClassifierTrainer.Train(training);
            case Paradigm:
                return EditClassifierTrainer.Train(training, EditClassifierOptions.Default with { UseKnownCells = true });
        }
        if ((kinds ?? []).FirstOrDefault(k => k.Name == name) is { } kind)
        {
            return kind.Train(training, development);
        }
        var available = string.Join(", ", Names.Where(n => n is Baseline or Classifier or Paradigm or Auto || (kinds ?? []).Any(k => k.Name == n)));
        throw Names.Contains(name)
            ? new LangExpandException(ErrorCode.InvalidOption, $"the {name} inflection model is not available in this build", expected: available)
            : new LangExpandException(ErrorCode.InvalidOption, $"unknown inflection model '{name}'", expected: available);
    }

    /// <summary>
    /// Saves a trained model as a model directory with <paramref name="metrics"/> in <c>metrics.json</c>; a model of none of
    /// the built-in types is saved by the one of <paramref name="kinds"/> that owns it.
    /// </summary>
    public static void Save(IInflector model, string directory, JsonObject metrics, IReadOnlyList<IInflectionModelKind>? kinds = null)
    {
        switch (model)
        {
            case AffixRuleInflector rules:
                AffixRuleSerialization.Save(rules, directory, metrics);
                break;
            case EditClassifierInflector classifier:
                EditClassifierSerialization.Save(classifier, directory, metrics);
                break;
            case GatedInflector gated:
                GatedSerialization.Save(gated, directory, metrics, kinds);
                break;
            default:
                var kind = (kinds ?? []).FirstOrDefault(k => k.Owns(model)) ?? throw new NotSupportedException($"no serialization for {model.GetType().Name}");
                kind.Save(model, directory, metrics);
                break;
        }
    }

    /// <summary>
    /// Loads the model saved in <paramref name="directory"/>: one of the built-in types, or one of <paramref name="kinds"/>
    /// (an unknown type is an invalid model naming the types this call knows).
    /// </summary>
    public static IInflector Load(string directory, IReadOnlyList<IInflectionModelKind>? kinds = null)
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
            GatedSerialization.ModelType => GatedSerialization.Load(directory, kinds),
            _ => ((kinds ?? []).FirstOrDefault(k => k.ModelType == type) ?? throw new LangExpandException(ErrorCode.InvalidModel, $"unknown model type '{type}'",
                new SourceLocation(Path.Combine(directory, ModelDirectory.ConfigFile), 0),
                string.Join(" or ", [AffixRuleSerialization.ModelType, EditClassifierSerialization.ModelType, GatedSerialization.ModelType, .. (kinds ?? []).Select(k => k.ModelType)]))).Load(directory),
        };
    }
}
