using System.Text.Json.Nodes;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;
using LangExpand.TestKit;

namespace LangExpand.Core.Tests.IO;

/// <summary>Model directories: a save replaces an earlier model, never a directory of someone else's files.</summary>
public sealed class ModelDirectoryTests : IDisposable
{
    private readonly ScratchDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private void Save(string name) => ModelDirectory.Save(_directory.Path(name), new JsonObject { ["type"] = "test", ["format_version"] = 1 },
        staging => File.WriteAllText(Path.Combine(staging, "weights.tsv"), "new"));

    [Fact]
    public void Saving_over_an_earlier_model_replaces_it()
    {
        _directory.Write("model/config.json", """{"type": "other", "format_version": 3}""");
        _directory.Write("model/old.tsv", "old");

        Save("model");

        Assert.Equal(["config.json", "metrics.json", "weights.tsv"], Directory.EnumerateFiles(_directory.Path("model")).Select(Path.GetFileName).Order());
    }

    [Theory]
    [InlineData("""{"model_type": "xlm-roberta", "vocab_size": 300}""")]
    [InlineData("""{"type": "mine"}""")]
    [InlineData("not json")]
    public void Saving_over_a_directory_whose_config_json_is_not_a_models_is_refused_and_keeps_it(string config)
    {
        _directory.Write("encoder/config.json", config);
        _directory.Write("encoder/model.safetensors", "weights");

        var error = Assert.Throws<LangExpandException>(() => Save("encoder"));

        Assert.Contains("is not a model directory", error.Message, StringComparison.Ordinal);
        Assert.Equal(config, File.ReadAllText(_directory.Path("encoder", "config.json")));
        Assert.Equal("weights", File.ReadAllText(_directory.Path("encoder", "model.safetensors")));
        Assert.Equal(["encoder"], _directory.Entries());
    }
}
