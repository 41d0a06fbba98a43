using System.Collections.Immutable;
using System.Text.Json.Nodes;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.Inflection;
using LangExpand.Morphology.Baseline;
using LangExpand.Morphology.Classifier;

namespace LangExpand.Morphology.Models;

/// <summary>
/// The inflection models this build knows, by name: training one from triples (<c>auto</c> picks by development accuracy),
/// saving it as a model directory, and loading any saved model by the <c>type</c> in its <c>config.json</c>. Models from
/// other projects (the neural transducer) join through <see cref="Register"/>, which the command line calls at startup.
/// </summary>
public static class InflectionModels
{
    /// <summary>The SIGMORPHON non-neural affix-rule baseline.</summary>
    public const string Baseline = "baseline";

    /// <summary>The edit-script classifier.</summary>
    public const string Classifier = "classifier";

    /// <summary>Whichever of <see cref="Selectable"/> is most accurate on development data (see <see cref="ModelSelection"/>).</summary>
    public const string Auto = "auto";

    /// <summary>The neural transducer (available when its project has registered it, see <see cref="Register"/>).</summary>
    public const string Neural = "neural";

    /// <summary>
    /// The classifier and the neural transducer gated by their confidences (<see cref="GatedInflector"/>): not trained on its
    /// own, but an extra candidate of <see cref="Auto"/> whenever both of the others were trained.
    /// </summary>
    public const string Gated = "gated";

    private static ImmutableArray<IInflectionModelKind> _registered = [];

    /// <summary>Model names the command line accepts (a name not registered is refused by <see cref="Train"/> with a clear error).</summary>
    public static IReadOnlyList<string> Names { get; } = [Baseline, Classifier, Auto, Neural];

    /// <summary>
    /// The models <see cref="Auto"/> chooses among, simplest first (the first of equally accurate ones wins): the built-in ones,
    /// then registered ones that join <c>auto</c> (<see cref="IInflectionModelKind.JoinsAuto"/>).
    /// </summary>
    public static IReadOnlyList<string> Selectable => SelectableWith(null);

    /// <summary><see cref="Selectable"/> with <paramref name="configured"/> standing in for the registered kind of its name.</summary>
    private static IReadOnlyList<string> SelectableWith(IInflectionModelKind? configured) =>
        [Baseline, Classifier, .. _registered.Where(k => k.Name != configured?.Name).Append(configured).OfType<IInflectionModelKind>().Where(k => k.JoinsAuto).Select(k => k.Name)];

    /// <summary>Makes <paramref name="kind"/> trainable by name, savable and loadable; registering a name again replaces the earlier kind.</summary>
    public static void Register(IInflectionModelKind kind)
    {
        ImmutableInterlocked.Update(ref _registered, list => [.. list.Where(k => k.Name != kind.Name), kind]);
    }

    /// <summary>
    /// Trains the model called <paramref name="name"/> on <paramref name="training"/>. With <paramref name="development"/>, the
    /// model is scored on it (and <see cref="Auto"/>, which needs it, keeps the most accurate of <see cref="Selectable"/>).
    /// <paramref name="configured"/> stands in for the registered kind of the same name (a run with its own settings).
    /// </summary>
    public static TrainedModel Train(string name, IReadOnlyList<InflectionTriple> training, IReadOnlyList<InflectionTriple>? development = null,
        IInflectionModelKind? configured = null)
    {
        if (name == Auto)
        {
            return ModelSelection.Select(SelectableWith(configured), training, development
                ?? throw new LangExpandException(ErrorCode.InvalidOption, "model 'auto' chooses by development accuracy but no development data was given",
                    expected: "--dev FILE (a file with forms, such as the language's .dev)"), configured);
        }
        var model = TrainOne(name, training, development, configured);
        var accuracy = development is null ? new Dictionary<string, double>() : new() { [name] = ModelSelection.Accuracy(model, development) };
        return new TrainedModel(model, name, accuracy);
    }

    /// <summary>Trains one concrete model (not <see cref="Auto"/>); registered kinds may use <paramref name="development"/> for early stopping.</summary>
    internal static IInflector TrainOne(string name, IReadOnlyList<InflectionTriple> training, IReadOnlyList<InflectionTriple>? development,
        IInflectionModelKind? configured)
    {
        switch (name)
        {
            case Baseline or AffixRuleSerialization.ModelType:
                return AffixRuleTrainer.Train(training);
            case Classifier or EditClassifierSerialization.ModelType:
                return EditClassifierTrainer.Train(training);
        }
        var kind = configured?.Name == name ? configured : _registered.FirstOrDefault(k => k.Name == name);
        if (kind is not null)
        {
            return kind.Train(training, development);
        }
        var available = string.Join(", ", Names.Where(n => n is Baseline or Classifier or Auto || _registered.Any(k => k.Name == n)));
        throw Names.Contains(name)
            ? new LangExpandException(ErrorCode.InvalidOption, $"the {name} inflection model is not available in this build", expected: available)
            : new LangExpandException(ErrorCode.InvalidOption, $"unknown inflection model '{name}'", expected: available);
    }

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
            case GatedInflector gated:
                GatedSerialization.Save(gated, directory, metrics);
                break;
            default:
                var kind = _registered.FirstOrDefault(k => k.Owns(model)) ?? throw new NotSupportedException($"no serialization for {model.GetType().Name}");
                kind.Save(model, directory, metrics);
                break;
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
            GatedSerialization.ModelType => GatedSerialization.Load(directory),
            _ => (_registered.FirstOrDefault(k => k.ModelType == type) ?? throw new LangExpandException(ErrorCode.InvalidModel, $"unknown model type '{type}'",
                new SourceLocation(Path.Combine(directory, ModelDirectory.ConfigFile), 0),
                string.Join(" or ", [AffixRuleSerialization.ModelType, EditClassifierSerialization.ModelType, GatedSerialization.ModelType, .. _registered.Select(k => k.ModelType)]))).Load(directory),
        };
    }
}
