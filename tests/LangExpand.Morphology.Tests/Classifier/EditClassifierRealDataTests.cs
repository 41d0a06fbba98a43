using LangExpand.Morphology.Baseline;
using LangExpand.Morphology.Classifier;
using LangExpand.TestKit;
using Xunit.Abstractions;

namespace LangExpand.Morphology.Tests.Classifier;

/// <summary>The classifier on SIGMORPHON 2023 data (saving and loading it is checked in <c>ModelRoundTripRealDataTests</c>).</summary>
public sealed class EditClassifierRealDataTests(ITestOutputHelper output)
{
    /// <summary>German (umlaut, circumfixes), Northern Sámi (consonant gradation) and Hungarian (vowel harmony).</summary>
    [SharedDataTheory("sigmorphon2023")]
    [InlineData("deu")]
    [InlineData("sme")]
    [InlineData("hun")]
    public void The_classifier_is_clearly_more_accurate_than_the_baseline_on_dev(string language)
    {
        var training = Sigmorphon2023.Read($"{language}.trn");
        var dev = Sigmorphon2023.Read($"{language}.dev");

        var classifier = Sigmorphon2023.Accuracy(EditClassifierTrainer.Train(training), dev);
        var baseline = Sigmorphon2023.Accuracy(AffixRuleTrainer.Train(training), dev);

        output.WriteLine($"{language}: classifier {classifier:F1}%, baseline {baseline:F1}%");
        Assert.True(classifier > baseline + 2, $"classifier {classifier:F1}% vs baseline {baseline:F1}%");
    }
}
