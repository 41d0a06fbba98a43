using LangExpand.Core.Diagnostics;
using LangExpand.Morphology.Baseline;
using LangExpand.Morphology.Classifier;
using LangExpand.Morphology.Models;
using LangExpand.Morphology.Tests.Baseline;

namespace LangExpand.Morphology.Tests.Models;

/// <summary>Training by name, and <c>auto</c> choosing by development accuracy.</summary>
public class ModelSelectionTests
{
    private static readonly Core.Inflection.InflectionTriple[] Training = Toy.Triples("walk walked V;PST", "jump jumped V;PST", "play played V;PST");

    [Fact]
    public void Auto_keeps_the_model_more_accurate_on_development_data_and_reports_every_one()
    {
        // A bundle never seen in training: the baseline copies the lemma, the classifier borrows the nearest bundle's trees.
        var development = Toy.Triples("talk talked V;PST;1;SG", "look looked V;PST;1;SG");

        var trained = InflectionModels.Train(InflectionModels.Auto, Training, development);

        Assert.Equal(InflectionModels.Classifier, trained.Name);
        Assert.IsType<EditClassifierInflector>(trained.Inflector);
        Assert.Equal(new Dictionary<string, double> { ["baseline"] = 0, ["classifier"] = 100, ["paradigm"] = 100 }, trained.DevAccuracy);
    }

    [Fact]
    public void Equally_accurate_models_resolve_to_the_simpler_baseline()
    {
        var trained = InflectionModels.Train(InflectionModels.Auto, Training, Toy.Triples("talk talked V;PST"));

        Assert.Equal(InflectionModels.Baseline, trained.Name);
        Assert.IsType<AffixRuleInflector>(trained.Inflector);
        Assert.Equal([100.0, 100.0, 100.0], trained.DevAccuracy.Values);
    }

    [Fact]
    public void A_named_model_trained_with_development_data_reports_its_accuracy_only()
    {
        var trained = InflectionModels.Train(InflectionModels.Classifier, Training, Toy.Triples("talk talked V;PST", "go went V;PST"));

        Assert.Equal(new Dictionary<string, double> { ["classifier"] = 50 }, trained.DevAccuracy);
        Assert.Empty(InflectionModels.Train(InflectionModels.Baseline, Training).DevAccuracy);
    }

    [Fact]
    public void Auto_without_development_data_is_an_invalid_option()
    {
        var error = Assert.Throws<LangExpandException>(() => InflectionModels.Train(InflectionModels.Auto, Training));

        Assert.Equal(ErrorCode.InvalidOption, error.Code);
        Assert.Contains("--dev", error.Message);
    }

    [Fact]
    public void Development_data_without_forms_cannot_choose_a_model()
    {
        var covered = Toy.Triples("talk talked V;PST").Select(t => t with { Form = null }).ToList();

        var error = Assert.Throws<LangExpandException>(() => InflectionModels.Train(InflectionModels.Auto, Training, covered));

        Assert.Equal(ErrorCode.NotEnoughData, error.Code);
    }

    [Fact]
    public void The_neural_model_is_refused_as_not_available_in_this_build()
    {
        var error = Assert.Throws<LangExpandException>(() => InflectionModels.Train(InflectionModels.Neural, Training));

        Assert.Equal(ErrorCode.InvalidOption, error.Code);
        Assert.Contains("not available in this build", error.Message);
    }
}
