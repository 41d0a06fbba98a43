using LangExpand.Core.Diagnostics;
using LangExpand.Inflection.Neural.Training;
using LangExpand.Morphology.Models;

namespace LangExpand.Inflection.Neural.Tests;

public sealed class NeuralSerializationTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "le-neural-bad-" + Guid.NewGuid().ToString("N"));

    public NeuralSerializationTests()
    {
        var config = ToyLanguage.TinyConfig(2);
        config.Hallucinate = 0;
        var model = NeuralTrainer.Train(ToyLanguage.Pairs(5, seed: 1), null, new NeuralTrainingOptions(config, "cpu", Threads: 1));
        NeuralSerialization.Save(model, _directory);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("vocab.json", "{\"characters\": [\"a\", \"a\"], \"features\": []}", "vocab.json")]
    [InlineData("vocab.json", "[1, 2", "vocab.json")]
    [InlineData("config.yaml", "heads: 5\n", "config.yaml")]
    [InlineData("config.json", "{\"type\": \"neural\", \"format_version\": 9}", "format_version 9")]
    public void A_malformed_file_names_itself(string file, string content, string expected)
    {
        File.WriteAllText(Path.Combine(_directory, file), content);
        var error = Assert.ThrowsAny<LangExpandException>(() => NeuralSerialization.Load(_directory));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_that_do_not_fit_the_architecture_are_refused()
    {
        File.WriteAllText(Path.Combine(_directory, "config.yaml"), File.ReadAllText(Path.Combine(_directory, "config.yaml")).Replace("model_size: 64", "model_size: 32", StringComparison.Ordinal));
        var error = Assert.Throws<LangExpandException>(() => NeuralSerialization.Load(_directory));
        Assert.Equal(ErrorCode.InvalidModel, error.Code);
        Assert.Contains("model.safetensors", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_parameters_are_refused()
    {
        File.Delete(Path.Combine(_directory, "model.safetensors"));
        Assert.Equal(ErrorCode.InvalidModel, Assert.Throws<LangExpandException>(() => NeuralSerialization.Load(_directory)).Code);
    }

    [Fact]
    public void A_kind_given_to_a_call_trains_by_name_saves_loads_by_type_and_joins_auto()
    {
        var config = ToyLanguage.TinyConfig(2);
        config.Hallucinate = 0;
        IInflectionModelKind[] kinds = [new NeuralModelKind(new NeuralTrainingOptions(config, "cpu", Threads: 1, JoinsAuto: true))];
        Assert.Contains(InflectionModels.Neural, InflectionModels.Selectable(kinds));
        Assert.DoesNotContain(InflectionModels.Neural, InflectionModels.Selectable());
        var trained = InflectionModels.Train(InflectionModels.Neural, ToyLanguage.Pairs(5, seed: 1), ToyLanguage.Pairs(2, seed: 2), kinds);
        var directory = _directory + "-kind";
        InflectionModels.Save(trained.Inflector, directory, [], kinds);
        try
        {
            Assert.IsType<NeuralInflector>(InflectionModels.Load(directory, kinds));
            var error = Assert.Throws<LangExpandException>(() => InflectionModels.Load(directory));
            Assert.Contains("unknown model type 'neural'", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
