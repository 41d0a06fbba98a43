using LangExpand.Core.Diagnostics;
using LangExpand.Core.Features;
using LangExpand.Core.Inflection;
using LangExpand.Morphology.Baseline;
using LangExpand.Morphology.Classifier;
using LangExpand.Morphology.Models;
using LangExpand.Morphology.Tests.Baseline;
using LangExpand.Morphology.Tests.Classifier;
using LangExpand.TestKit;

namespace LangExpand.Morphology.Tests.Models;

/// <summary>The classifier and the neural model gated by their confidences.</summary>
public sealed class GatedInflectorTests : IDisposable
{
    private readonly ScratchDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    /// <summary>Answers every input with one form and one confidence.</summary>
    private sealed class Fixed(string form, double confidence) : IConfidentInflector
    {
        public string Inflect(string lemma, FeatureBundle features) => form;

        public IReadOnlyList<(string Form, double Confidence)> InflectWithConfidence(IReadOnlyList<InflectionTriple> inputs) =>
            [.. inputs.Select(_ => (form, confidence))];
    }

    [Theory]
    [InlineData(100, -2.0, "classifier")] // the classifier is sure, the neural model is not
    [InlineData(100, -0.1, "neural")] // both are sure: the neural model
    [InlineData(10, -2.0, "neural")] // neither is sure: the neural model
    public void The_classifier_answers_only_when_it_is_sure_and_the_neural_model_is_not(double margin, double logProbability, string expected)
    {
        var gated = new GatedInflector(new Fixed("classifier", margin), new Fixed("neural", logProbability));

        Assert.Equal(expected, gated.Inflect("x", FeatureBundle.Parse("V")));
    }

    [Fact]
    public void The_classifier_reports_its_margin_and_the_same_forms_as_without_confidences()
    {
        var model = EditClassifierTrainer.Train(ClassifierToy.Paradigms);
        var inputs = new[] { ("spielen", "V.PTCP;PST"), ("kalap", "N;INE"), ("x", "ADJ") }
            .Select(i => new InflectionTriple(i.Item1, FeatureBundle.Parse(i.Item2), null)).ToList();

        var scored = model.InflectWithConfidence(inputs);

        Assert.Equal(inputs.Select(t => model.Inflect(t.Lemma, t.Features)), scored.Select(s => s.Form));
        Assert.Equal(double.PositiveInfinity, scored[0].Confidence); // one participle tree: no runner-up
        var suppletive = EditClassifierTrainer.Train(Toy.Triples("go went V;PST", "be was V;PST"));
        Assert.Equal(("do", 0.0), suppletive.InflectWithConfidence([new InflectionTriple("do", FeatureBundle.Parse("V;PST"), null)])[0]); // copied
    }

    [Fact]
    public void A_saved_gated_model_loads_with_its_parts_and_thresholds_and_predicts_the_same()
    {
        var classifier = EditClassifierTrainer.Train(ClassifierToy.Paradigms);
        var gated = new GatedInflector(classifier, EditClassifierTrainer.Train(ClassifierToy.Paradigms.Take(10)), 5, -1);
        var path = _directory.Path("gated");

        InflectionModels.Save(gated, path, []);
        var loaded = Assert.IsType<GatedInflector>(InflectionModels.Load(path));

        Assert.Equal((5.0, -1.0), (loaded.MarginAbove, loaded.NeuralBelow));
        Assert.True(Directory.Exists(Path.Combine(path, "classifier")) && Directory.Exists(Path.Combine(path, "neural")));
        foreach (var (lemma, features) in new[] { ("spielen", "V.PTCP;PST"), ("kés", "N;INE"), ("x", "ADJ") })
        {
            Assert.Equal(gated.Inflect(lemma, FeatureBundle.Parse(features)), loaded.Inflect(lemma, FeatureBundle.Parse(features)));
        }
    }

    [Fact]
    public void A_gated_model_without_a_part_or_with_a_part_that_reports_no_confidences_is_refused()
    {
        var path = _directory.Path("gated");
        InflectionModels.Save(new GatedInflector(EditClassifierTrainer.Train(ClassifierToy.Paradigms), EditClassifierTrainer.Train(ClassifierToy.Paradigms)), path, []);
        Directory.Delete(Path.Combine(path, "neural"), recursive: true);
        AffixRuleSerialization.Save(AffixRuleTrainer.Train(ClassifierToy.Paradigms), Path.Combine(path, "neural"));

        var error = Assert.Throws<LangExpandException>(() => InflectionModels.Load(path));

        Assert.Equal(ErrorCode.InvalidModel, error.Code);
        Assert.Contains("reports no confidences", error.Message);
        Directory.Delete(Path.Combine(path, "neural"), recursive: true);
        Assert.Contains("missing neural/", Assert.Throws<LangExpandException>(() => InflectionModels.Load(path)).Message);
    }
}
