using LangExpand.Core.Diagnostics;
using LangExpand.Core.Features;
using LangExpand.Core.IO;
using LangExpand.Morphology.Baseline;
using LangExpand.TestKit;

namespace LangExpand.Morphology.Tests.Baseline;

/// <summary>Saved affix-rule models load back identical, and anything else in their place is refused as an invalid model.</summary>
public sealed class AffixRuleSerializationTests : IDisposable
{
    private const string ValidConfig = """{"type": "affix-rules", "format_version": 1, "reversed": false}""";
    private const string ValidRules = """{"V;PST": {"suffix": [["en>", "te>", 3]], "prefix": [["<", "<", 3]]}}""";

    private readonly ScratchDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_saved_model_loads_with_the_same_rules_and_direction()
    {
        var model = AffixRuleTrainer.Train(Toy.Prefixing);
        AffixRuleSerialization.Save(model, _directory.Path("model"));

        var loaded = AffixRuleSerialization.Load(_directory.Path("model"));

        Assert.Equal(model.Reversed, loaded.Reversed);
        Assert.Equal(model.Tables.Keys, loaded.Tables.Keys);
        Assert.All(model.Tables, pair =>
        {
            Assert.Equal(pair.Value.SuffixRules, loaded.Tables[pair.Key].SuffixRules);
            Assert.Equal(pair.Value.PrefixRules, loaded.Tables[pair.Key].PrefixRules);
        });
        Assert.Equal("makemi", loaded.Inflect("kemi", FeatureBundle.Parse("N;PL")));
    }

    [Fact]
    public void A_model_directory_has_config_rules_and_metrics_and_nothing_is_left_beside_it()
    {
        AffixRuleSerialization.Save(AffixRuleTrainer.Train(Toy.German), _directory.Path("model"));

        Assert.Equal(["config.json", "metrics.json", "rules.json"], Directory.GetFiles(_directory.Path("model")).Select(Path.GetFileName).Order());
        Assert.Equal(["model"], _directory.Entries());
        var config = ModelDirectory.ReadConfig(_directory.Path("model"));
        Assert.Equal(("affix-rules", 1, false), (config.Type, config.FormatVersion, config.Config["reversed"]!.GetValue<bool>()));
    }

    [Fact]
    public void Saving_over_an_earlier_model_replaces_it()
    {
        AffixRuleSerialization.Save(AffixRuleTrainer.Train(Toy.German), _directory.Path("model"));

        AffixRuleSerialization.Save(AffixRuleTrainer.Train(Toy.Prefixing), _directory.Path("model"));

        Assert.True(AffixRuleSerialization.Load(_directory.Path("model")).Reversed);
        Assert.Equal(["model"], _directory.Entries());
    }

    [Fact]
    public void Saving_over_a_directory_that_is_not_a_model_is_refused_and_leaves_it_alone()
    {
        var notes = _directory.Path("notes");
        Directory.CreateDirectory(notes);
        File.WriteAllText(Path.Combine(notes, "thesis.tex"), "draft");

        var error = Assert.Throws<LangExpandException>(() => AffixRuleSerialization.Save(AffixRuleTrainer.Train(Toy.German), notes));

        Assert.Equal(ErrorCode.InvalidOption, error.Code);
        Assert.Equal(["thesis.tex"], Directory.GetFiles(notes).Select(Path.GetFileName));
        Assert.Equal("draft", File.ReadAllText(Path.Combine(notes, "thesis.tex")));
    }

    [Theory]
    [InlineData(null, ValidRules, "no config.json")]
    [InlineData("""{"type": "neural-transducer", "format_version": 1, "reversed": false}""", ValidRules, "model type is 'neural-transducer'")]
    [InlineData("""{"type": "affix-rules", "format_version": 99, "reversed": false}""", ValidRules, "format_version 99 is not supported")]
    [InlineData("""{"type": "affix-rules", "format_version": "1"}""", ValidRules, "config has no string 'type' and whole-number 'format_version'")]
    [InlineData("""{"type": "affix-rules",""", ValidRules, "invalid JSON")]
    [InlineData(ValidConfig, null, "missing rules.json")]
    [InlineData(ValidConfig, "not json", "invalid JSON")]
    [InlineData(ValidConfig, "[]", "malformed rule file")]
    [InlineData(ValidConfig, "null", "malformed rule file")]
    [InlineData(ValidConfig, """{"V;PST": {"suffix": 5, "prefix": []}}""", "malformed rule file")]
    [InlineData(ValidConfig, """{"V;PST": {"suffix": []}}""", "malformed rule file")]
    [InlineData(ValidConfig, """{"V;PST": {"suffix": [["en>", "te>", "three"]], "prefix": []}}""", "malformed rule file")]
    [InlineData(ValidConfig, """{"V;PST": {"suffix": [null], "prefix": []}}""", "malformed rule file")]
    public void Broken_model_directories_are_rejected_as_invalid_models(string? config, string? rules, string problem) =>
        AssertRejected(config, rules, problem);

    [Theory]
    [InlineData(ValidConfig, """{"V;PST": {"suffix": [["en>", "te>"]], "prefix": []}}""", "malformed rule file")]
    [InlineData("""{"type": "affix-rules", "format_version": 1.5, "reversed": false}""", ValidRules, "format_version")]
    [InlineData("""{"type": "affix-rules", "format_version": 1}""", ValidRules, "config.json")]
    public void Every_broken_model_directory_is_rejected_as_an_invalid_model_naming_the_broken_file(string? config, string? rules, string problem) =>
        AssertRejected(config, rules, problem);

    private void AssertRejected(string? config, string? rules, string problem)
    {
        var model = _directory.Path("model");
        Directory.CreateDirectory(model);
        WriteIfGiven(Path.Combine(model, "config.json"), config);
        WriteIfGiven(Path.Combine(model, "rules.json"), rules);

        var error = Assert.Throws<LangExpandException>(() => AffixRuleSerialization.Load(model));

        Assert.Equal(ErrorCode.InvalidModel, error.Code);
        Assert.Contains(problem, error.Message);
        Assert.Contains(model, error.Message);
    }

    [Fact]
    public void A_directory_that_does_not_exist_is_rejected_as_an_invalid_model()
    {
        var error = Assert.Throws<LangExpandException>(() => AffixRuleSerialization.Load(_directory.Path("nowhere")));

        Assert.Equal(ErrorCode.InvalidModel, error.Code);
    }

    private static void WriteIfGiven(string path, string? text)
    {
        if (text is not null)
        {
            File.WriteAllText(path, text);
        }
    }
}
