using LangExpand.Core.Diagnostics;
using LangExpand.Inflection.Neural.Config;

namespace LangExpand.Inflection.Neural.Tests.Config;

public sealed class NeuralConfigYamlTests
{
    [Fact]
    public void A_file_starts_from_its_preset_and_overrides_some_keys()
    {
        var config = NeuralConfigYaml.Parse("preset: paper\nmax_steps: 500\nhallucinate: 0\n", "x.yaml");
        Assert.Equal((4, 256, 1024, 400, 4000, 500, 0), (config.EncoderLayers, config.ModelSize, config.FeedForwardSize, config.BatchSize, config.WarmupSteps, config.MaxSteps, config.Hallucinate));
        Assert.Equal(128, NeuralConfigYaml.Parse("beam_width: 1\n", "x.yaml").ModelSize);
    }

    [Fact]
    public void Written_settings_read_back_the_same()
    {
        var config = NeuralPresets.Create(NeuralPresets.Paper);
        config.Dropout = 0.25;
        config.Hallucinate = 77;
        Assert.Equal(NeuralConfigYaml.Write(config), NeuralConfigYaml.Write(NeuralConfigYaml.Parse(NeuralConfigYaml.Write(config), "x.yaml")));
    }

    [Fact]
    public void An_unknown_key_names_the_file_and_line()
    {
        var error = Assert.Throws<LangExpandException>(() => NeuralConfigYaml.Parse("heads: 4\nlayers: 3\n", "bad.yaml"));
        Assert.Equal(ErrorCode.InvalidOption, error.Code);
        Assert.Equal(("bad.yaml", 2), (error.Location!.Value.Source, error.Location.Value.Line));
    }

    [Theory]
    [InlineData("model_size: 128\nheads: 3\n", "multiple of heads", 2)]
    [InlineData("# a comment\ndropout: 1.5\n", "dropout", 2)]
    [InlineData("batch_size: 8\npreset: huge\n", "unknown preset 'huge'", 2)]
    [InlineData("max_steps: zero\n", "invalid neural configuration", 1)]
    [InlineData("preset: cpu\n\nmax_minutes: 0\n", "max_minutes", 3)]
    [InlineData("patience: -1\n", "patience -1 is negative", 1)]
    public void Values_out_of_range_are_refused_at_the_line_of_their_key(string yaml, string message, int line)
    {
        var error = Assert.Throws<LangExpandException>(() => NeuralConfigYaml.Parse(yaml, "bad.yaml"));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(("bad.yaml", line), (error.Location!.Value.Source, error.Location.Value.Line));
    }
}
