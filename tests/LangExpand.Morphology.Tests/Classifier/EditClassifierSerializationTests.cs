using LangExpand.Core.Diagnostics;
using LangExpand.Core.Features;
using LangExpand.Core.IO;
using LangExpand.Morphology.Classifier;
using LangExpand.Morphology.Models;
using LangExpand.TestKit;

namespace LangExpand.Morphology.Tests.Classifier;

/// <summary>Saved classifiers load back predicting the same, and anything else in their place is refused as an invalid model.</summary>
public sealed class EditClassifierSerializationTests : IDisposable
{
    private static readonly EditClassifierInflector Model = EditClassifierTrainer.Train(ClassifierToy.Paradigms);

    private readonly ScratchDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_saved_model_loads_with_the_same_trees_options_and_predictions()
    {
        EditClassifierSerialization.Save(Model, _directory.Path("model"));

        var loaded = EditClassifierSerialization.Load(_directory.Path("model"));

        Assert.Equal(Model.Trees, loaded.Trees);
        Assert.Equal(Model.Options, loaded.Options);
        foreach (var (lemma, features) in new[] { ("spielen", "V.PTCP;PST"), ("spielen", "V;PST;1;SG"), ("kalap", "N;INE"), ("kés", "N;INE"), ("x", "ADJ") })
        {
            var bundle = FeatureBundle.Parse(features);
            Assert.Equal(Model.Inflect(lemma, bundle), loaded.Inflect(lemma, bundle));
        }
    }

    [Fact]
    public void A_model_directory_has_config_trees_weights_and_metrics_and_is_loaded_by_its_type()
    {
        InflectionModels.Save(Model, _directory.Path("model"), new() { ["note"] = "toy" });

        Assert.Equal(["config.json", "metrics.json", "trees.json", "weights.bin"], Directory.GetFiles(_directory.Path("model")).Select(Path.GetFileName).Order());
        Assert.Equal(("edit-classifier", 1), (ModelDirectory.ReadConfig(_directory.Path("model")).Type, ModelDirectory.ReadConfig(_directory.Path("model")).FormatVersion));
        Assert.IsType<EditClassifierInflector>(InflectionModels.Load(_directory.Path("model")));
    }

    [Theory]
    [InlineData("config.json", """{"type": "edit-classifier", "format_version": 2}""", "format_version 2 is not supported")]
    [InlineData("config.json", """{"type": "affix-rules", "format_version": 1}""", "model type is 'affix-rules'")]
    [InlineData("config.json", """{"type": "edit-classifier", "format_version": 1, "max_affix": 5}""", "no valid 'max_atom_affix'")]
    [InlineData("config.json", """{"type": "edit-classifier", "format_version": 1, "max_affix": 5, "max_atom_affix": 4, "epochs": 2, "members": 5, "hash_bits": 40, "seed": 1}""",
        "no valid 'hash_bits'")]
    [InlineData("config.json", """{"type": "edit-classifier", "format_version": 1, "max_affix": 5, "max_atom_affix": 4, "epochs": 2, "members": 5, "hash_bits": 20, "seed": 1}""",
        "22 hash bits, ")]
    [InlineData("trees.json", null, "missing trees.json")]
    [InlineData("trees.json", "[]", "malformed trees.json")]
    [InlineData("trees.json", """{"trees": [[1, 2, 3]], "bundles": []}""", "not an edit tree")]
    [InlineData("trees.json", """{"trees": [["a", "b"]], "bundles": [{"features": "V;PST", "trees": [1]}]}""", "tree id 1 is not below the 1 trees")]
    [InlineData("trees.json", """{"trees": [], "bundles": [{"features": "V;;PST", "trees": []}]}""", "malformed trees.json")]
    [InlineData("trees.json", """{"trees": [["a", "b"]], "bundles": [{"features": "V;PST", "trees": [0]}, {"features": "PST;V", "trees": [0]}]}""", "is listed 2 times")]
    [InlineData("weights.bin", null, "missing weights.bin")]
    [InlineData("weights.bin", "not weights", "not a weight file")]
    public void Broken_model_directories_are_rejected_as_invalid_models_naming_the_file(string file, string? content, string problem)
    {
        EditClassifierSerialization.Save(Model, _directory.Path("model"));
        var path = _directory.Path("model", file);
        if (content is null)
        {
            File.Delete(path);
        }
        else
        {
            File.WriteAllText(path, content);
        }

        var error = Assert.Throws<LangExpandException>(() => EditClassifierSerialization.Load(_directory.Path("model")));

        Assert.Equal(ErrorCode.InvalidModel, error.Code);
        Assert.Contains(problem, error.Message);
        Assert.Contains(_directory.Path("model"), error.Message);
    }

    [Fact]
    public void A_truncated_weight_file_is_rejected_as_an_invalid_model()
    {
        EditClassifierSerialization.Save(Model, _directory.Path("model"));
        var path = _directory.Path("model", "weights.bin");
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^3]);

        var error = Assert.Throws<LangExpandException>(() => EditClassifierSerialization.Load(_directory.Path("model")));

        Assert.Equal(ErrorCode.InvalidModel, error.Code);
        Assert.Contains("weights.bin", error.Message);
    }
}
