using LangExpand.Core.Diagnostics;
using LangExpand.Inflection.Neural.Training;

namespace LangExpand.Inflection.Neural.Tests.Training;

public sealed class ResumeTests
{
    [Fact]
    public void Training_n_steps_then_resuming_to_2n_equals_training_2n_straight()
    {
        var root = Path.Combine(Path.GetTempPath(), "le-resume-" + Guid.NewGuid().ToString("N"));
        try
        {
            var training = ToyLanguage.Pairs(40, seed: 3);
            var development = ToyLanguage.Pairs(5, seed: 4);
            var straight = Train(training, development, steps: 24, checkpoint: null);
            var checkpoint = Path.Combine(root, "checkpoint");
            Train(training, development, steps: 12, checkpoint);
            var resumed = Train(training, development, steps: 24, checkpoint);
            NeuralSerialization.Save(straight, Path.Combine(root, "straight"));
            NeuralSerialization.Save(resumed, Path.Combine(root, "resumed"));
            Assert.Equal(24, resumed.Report!.Steps);
            Assert.Equal(straight.Report!.Evaluations, resumed.Report.Evaluations);
            Assert.Equal(File.ReadAllBytes(Path.Combine(root, "straight", "model.safetensors")), File.ReadAllBytes(Path.Combine(root, "resumed", "model.safetensors")));
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    [Fact]
    public void A_checkpoint_of_other_settings_is_not_resumed()
    {
        var checkpoint = Path.Combine(Path.GetTempPath(), "le-resume-other-" + Guid.NewGuid().ToString("N"));
        try
        {
            var training = ToyLanguage.Pairs(10, seed: 3);
            Train(training, null, steps: 6, checkpoint);
            var config = ToyLanguage.TinyConfig(12);
            (config.EvalEvery, config.BatchSize, config.Hallucinate, config.Dropout) = (6, 16, 30, 0.2);
            var error = Assert.Throws<LangExpandException>(() => NeuralTrainer.Train(training, null, new NeuralTrainingOptions(config, "cpu", Threads: 1, CheckpointDirectory: checkpoint)));
            Assert.Contains("other settings", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(checkpoint, recursive: true);
        }
    }

    [Theory]
    [InlineData("state.json", "{}", "malformed training state")]
    [InlineData("state.json", "{\"step\": \"x\", \"best_accuracy\": 0, \"best_step\": 0, \"since_best\": 0, \"evaluations\": []}", "malformed training state")]
    [InlineData("optimizer.safetensors", null, "the optimizer state has no tensor")]
    [InlineData("rng.safetensors", null, "the generator state has no tensor 'cpu'")]
    public void A_damaged_checkpoint_is_refused_as_an_invalid_model_naming_the_file(string file, string? content, string problem)
    {
        var checkpoint = Path.Combine(Path.GetTempPath(), "le-resume-damaged-" + Guid.NewGuid().ToString("N"));
        try
        {
            var training = ToyLanguage.Pairs(10, seed: 3);
            Train(training, null, steps: 6, checkpoint);
            var path = Path.Combine(checkpoint, file);
            if (content is null)
            {
                // A valid safetensors file that holds another tensor than the ones the checkpoint needs.
                Torch.Safetensors.SafetensorsWriter.Save(path, new Dictionary<string, TorchSharp.torch.Tensor> { ["other"] = TorchSharp.torch.zeros(2) });
            }
            else
            {
                File.WriteAllText(path, content);
            }

            var error = Assert.Throws<LangExpandException>(() => Train(training, null, steps: 12, checkpoint));

            Assert.Equal(ErrorCode.InvalidModel, error.Code);
            Assert.Contains(problem, error.Message, StringComparison.Ordinal);
            Assert.Equal(path, error.Location!.Value.Source);
        }
        finally
        {
            Directory.Delete(checkpoint, recursive: true);
        }
    }

    [Fact]
    public void A_checkpoint_path_that_is_a_file_is_refused_before_training()
    {
        var file = Path.GetTempFileName();
        try
        {
            var error = Assert.Throws<LangExpandException>(() => Train(ToyLanguage.Pairs(10, seed: 3), null, steps: 6, file));
            Assert.Equal(ErrorCode.InvalidOption, error.Code);
            Assert.Contains("cannot keep a checkpoint", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void The_same_seed_trains_the_same_parameters()
    {
        var training = ToyLanguage.Pairs(20, seed: 3);
        var first = Train(training, null, steps: 6, checkpoint: null);
        var second = Train(training, null, steps: 6, checkpoint: null);
        Assert.Equal(first.InflectAll(training), second.InflectAll(training));
        Assert.Equal(first.Report!.Evaluations, second.Report!.Evaluations);
    }

    private static NeuralInflector Train(List<Core.Inflection.InflectionTriple> training, List<Core.Inflection.InflectionTriple>? development, int steps, string? checkpoint)
    {
        var config = ToyLanguage.TinyConfig(steps);
        config.EvalEvery = 6;
        config.BatchSize = 16;
        config.Hallucinate = 30;
        return NeuralTrainer.Train(training, development, new NeuralTrainingOptions(config, "cpu", Threads: 1, CheckpointDirectory: checkpoint));
    }
}
