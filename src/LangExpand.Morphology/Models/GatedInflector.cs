using LangExpand.Core.Features;
using LangExpand.Core.Inflection;

namespace LangExpand.Morphology.Models;

/// <summary>
/// The edit-script classifier and the neural transducer together: for each input, the classifier's form when the classifier
/// is sure (its margin above <see cref="MarginAbove"/>) and the neural model is not (its output's log-probability below
/// <see cref="NeuralBelow"/>), otherwise the neural model's form. The two are complementary (Amharic dev: either is right on
/// 87.2 % of items, the better alone on 76.3 %); the default thresholds were fitted on SIGMORPHON 2023 dev of five
/// languages, each held out in turn (docs/BENCHMARKS.md).
/// </summary>
/// <param name="classifier">The edit-script classifier (confidence: margin over the runner-up tree).</param>
/// <param name="neural">The neural transducer (confidence: log-probability of its output).</param>
/// <param name="marginAbove">The classifier margin above which the classifier may answer.</param>
/// <param name="neuralBelow">The neural log-probability below which the neural model gives way.</param>
public sealed class GatedInflector(IConfidentInflector classifier, IConfidentInflector neural, double marginAbove = GatedInflector.DefaultMarginAbove,
    double neuralBelow = GatedInflector.DefaultNeuralBelow) : IBatchInflector
{
    /// <summary>The default <see cref="MarginAbove"/>.</summary>
    public const double DefaultMarginAbove = 80;

    /// <summary>The default <see cref="NeuralBelow"/> (nats).</summary>
    public const double DefaultNeuralBelow = -0.5;

    /// <summary>The classifier.</summary>
    public IConfidentInflector Classifier { get; } = classifier;

    /// <summary>The neural model.</summary>
    public IConfidentInflector Neural { get; } = neural;

    /// <summary>The classifier margin above which the classifier may answer.</summary>
    public double MarginAbove { get; } = marginAbove;

    /// <summary>The neural log-probability below which the neural model gives way.</summary>
    public double NeuralBelow { get; } = neuralBelow;

    /// <inheritdoc />
    public string Inflect(string lemma, FeatureBundle features) => InflectAll([new InflectionTriple(lemma, features, null)])[0];

    /// <inheritdoc />
    public IReadOnlyList<string> InflectAll(IReadOnlyList<InflectionTriple> inputs) =>
        Combine(Classifier.InflectWithConfidence(inputs), Neural.InflectWithConfidence(inputs));

    /// <summary>The gated forms, given both models' forms and confidences for the same inputs (in input order).</summary>
    public IReadOnlyList<string> Combine(IReadOnlyList<(string Form, double Confidence)> fromClassifier, IReadOnlyList<(string Form, double Confidence)> fromNeural) =>
        [.. fromClassifier.Zip(fromNeural, (c, n) => c.Confidence > MarginAbove && n.Confidence < NeuralBelow ? c.Form : n.Form)];
}
