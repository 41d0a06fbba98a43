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
