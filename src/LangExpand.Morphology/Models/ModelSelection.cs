using LangExpand.Core.Diagnostics;
using LangExpand.Core.Inflection;

namespace LangExpand.Morphology.Models;

/// <summary>
/// What <c>--model auto</c> does: trains each candidate model on the training data, scores each on the development data by
/// exact match, and keeps the most accurate; of equally accurate models the one listed first (the simplest) wins. When both
/// the classifier and the neural model were trained, their confidence-gated combination (<see cref="GatedInflector"/>) is
/// one more candidate, listed last.
/// </summary>
public static class ModelSelection
{
    /// <summary>
    /// Trains <paramref name="candidates"/> and returns the one most accurate on <paramref name="development"/>;
    /// <paramref name="kinds"/> train the candidates that are not built in.
    /// </summary>
    public static TrainedModel Select(IReadOnlyList<string> candidates, IReadOnlyList<InflectionTriple> training, IReadOnlyList<InflectionTriple> development,
        IReadOnlyList<IInflectionModelKind>? kinds = null)
    {
        if (!development.Any(t => t.Form is not null))
        {
            throw new LangExpandException(ErrorCode.NotEnoughData, "the development data has no forms to choose a model by",
                expected: "development lines with forms (not a covered file)");
        }
        var trained = candidates.Select(name => (Name: name, Model: InflectionModels.TrainOne(name, training, development, kinds))).ToList();
        var scored = development.Where(t => t.Form is not null).ToList();
        var predicted = new Dictionary<string, IReadOnlyList<string>>();
        if (trained.FirstOrDefault(m => m.Name == InflectionModels.Classifier).Model is IConfidentInflector classifier
            && trained.FirstOrDefault(m => m.Name == InflectionModels.Neural).Model is IConfidentInflector neural)
        {
            // Each part decodes the development data once; its forms score it and, with its confidences, the gate.
            var gated = new GatedInflector(classifier, neural);
            var (fromClassifier, fromNeural) = (classifier.InflectWithConfidence(scored), neural.InflectWithConfidence(scored));
            predicted[InflectionModels.Classifier] = [.. fromClassifier.Select(p => p.Form)];
            predicted[InflectionModels.Neural] = [.. fromNeural.Select(p => p.Form)];
            predicted[InflectionModels.Gated] = gated.Combine(fromClassifier, fromNeural);
            trained.Add((InflectionModels.Gated, gated));
        }
        var accuracy = trained.ToDictionary(m => m.Name,
            m => Accuracy(predicted.TryGetValue(m.Name, out var forms) ? forms : InflectionTasks.InflectAll(m.Model, scored), scored));
        var best = trained.First(m => accuracy[m.Name] == accuracy.Values.Max());
        return new TrainedModel(best.Model, best.Name, accuracy);
    }

    /// <summary>Exact-match accuracy in percent of <paramref name="model"/> on the triples of <paramref name="development"/> that have a form.</summary>
    public static double Accuracy(IInflector model, IReadOnlyList<InflectionTriple> development)
    {
        var scored = development.Where(t => t.Form is not null).ToList();
        return scored.Count == 0 ? 0 : Accuracy(InflectionTasks.InflectAll(model, scored), scored);
    }

    /// <summary>Exact-match accuracy in percent of <paramref name="predicted"/> against the forms of <paramref name="scored"/> (not empty).</summary>
    private static double Accuracy(IReadOnlyList<string> predicted, IReadOnlyList<InflectionTriple> scored) =>
        100.0 * scored.Where((t, i) => string.Equals(predicted[i], t.Form, StringComparison.Ordinal)).Count() / scored.Count;
}
