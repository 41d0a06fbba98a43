using LangExpand.Core.Inflection;
using LangExpand.Morphology.Baseline;
using LangExpand.Morphology.Classifier;
using LangExpand.Morphology.Data;
using LangExpand.TestKit;
using Xunit.Abstractions;

namespace LangExpand.Morphology.Tests.Classifier;

/// <summary>The classifier on SIGMORPHON 2023 data: more accurate than the baseline, and saved losslessly.</summary>
public sealed class EditClassifierRealDataTests(ITestOutputHelper output) : IDisposable
{
    private readonly ScratchDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    /// <summary>German (umlaut, circumfixes), Northern Sámi (consonant gradation) and Hungarian (vowel harmony).</summary>
    [SharedDataTheory("sigmorphon2023")]
    [InlineData("deu")]
    [InlineData("sme")]
    [InlineData("hun")]
    public void The_classifier_is_more_accurate_than_the_baseline_on_dev(string language)
    {
        var training = Read($"{language}.trn");
        var dev = Read($"{language}.dev");

        var classifier = Accuracy(EditClassifierTrainer.Train(training), dev);
        var baseline = Accuracy(AffixRuleTrainer.Train(training), dev);

        output.WriteLine($"{language}: classifier {classifier:F1}%, baseline {baseline:F1}%");
        Assert.True(classifier > baseline + 2, $"classifier {classifier:F1}% vs baseline {baseline:F1}%");
    }

    [SharedDataFact("sigmorphon2023", "deu.trn")]
    public void A_loaded_model_predicts_exactly_what_the_trained_one_does_on_all_of_german_dev()
    {
        var model = EditClassifierTrainer.Train(Read("deu.trn"));
        EditClassifierSerialization.Save(model, _directory.Path("deu"));

        var loaded = EditClassifierSerialization.Load(_directory.Path("deu"));

        var dev = Read("deu.dev");
        Assert.Equal(dev.Select(t => model.Inflect(t.Lemma, t.Features)), dev.Select(t => loaded.Inflect(t.Lemma, t.Features)));
    }

    private static double Accuracy(IInflector model, IReadOnlyList<InflectionTriple> dev) =>
        100.0 * dev.Count(t => model.Inflect(t.Lemma, t.Features) == t.Form) / dev.Count;

    private static IReadOnlyList<InflectionTriple> Read(string file) =>
        InflectionReader.Read(SharedData.Path("sigmorphon2023", file)).Triples;
}
