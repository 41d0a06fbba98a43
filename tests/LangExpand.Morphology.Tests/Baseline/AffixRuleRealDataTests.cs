using LangExpand.Morphology.Baseline;
using LangExpand.TestKit;
using Xunit.Abstractions;

namespace LangExpand.Morphology.Tests.Baseline;

/// <summary>
/// The baseline on SIGMORPHON 2023 data: parity with the official non-neural baseline, and deterministic saving (lossless
/// loading is checked for every model in <c>ModelRoundTripRealDataTests</c>).
/// </summary>
public sealed class AffixRuleRealDataTests(ITestOutputHelper output) : IDisposable
{
    private readonly ScratchDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    /// <summary>Dev accuracies of the official 2023 non-neural baseline (nonneural.py), in percent.</summary>
    [SharedDataTheory("sigmorphon2023")]
    [InlineData("eng", 95.4, false)]
    [InlineData("fin", 83.2, false)]
    [InlineData("heb", 28.1, false)]
    [InlineData("nav", 35.7, true)]
    public void Dev_accuracy_matches_the_official_baseline(string language, double reference, bool prefixing)
    {
        var model = AffixRuleTrainer.Train(Sigmorphon2023.Read($"{language}.trn"));

        var accuracy = Sigmorphon2023.Accuracy(model, Sigmorphon2023.Read($"{language}.dev"));

        output.WriteLine($"{language}: {accuracy:F1}% (reference {reference}%)");
        Assert.Equal(prefixing, model.Reversed);
        Assert.InRange(accuracy, reference - 0.5, reference + 0.5);
    }

    [SharedDataFact("sigmorphon2023", "deu.trn")]
    public void Saving_a_model_twice_writes_identical_files()
    {
        var model = AffixRuleTrainer.Train(Sigmorphon2023.Read("deu.trn"));

        AffixRuleSerialization.Save(model, _directory.Path("first"));
        AffixRuleSerialization.Save(model, _directory.Path("second"));

        AssertSameFiles("first", "second", "rules.json", "config.json", "metrics.json");
    }

    [SharedDataFact("sigmorphon2023", "deu.trn")]
    public void Training_twice_writes_identical_rule_files_with_feature_strings_in_first_seen_order()
    {
        var training = Sigmorphon2023.Read("deu.trn");
        var first = AffixRuleTrainer.Train(training);

        AffixRuleSerialization.Save(first, _directory.Path("first"));
        AffixRuleSerialization.Save(AffixRuleTrainer.Train(training), _directory.Path("second"));

        Assert.Equal(training.Select(t => t.Features.ToString()).Distinct(), first.Tables.Keys);
        AssertSameFiles("first", "second", "rules.json");
    }

    private void AssertSameFiles(string left, string right, params string[] names) =>
        Assert.All(names, name => Assert.Equal(File.ReadAllBytes(_directory.Path(left, name)), File.ReadAllBytes(_directory.Path(right, name))));
}
