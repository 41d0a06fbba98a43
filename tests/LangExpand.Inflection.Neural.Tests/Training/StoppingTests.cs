using LangExpand.Inflection.Neural.Config;
using LangExpand.Inflection.Neural.Training;

namespace LangExpand.Inflection.Neural.Tests.Training;

public sealed class StoppingTests
{
    private static readonly List<Core.Inflection.InflectionTriple> Training = ToyLanguage.Pairs(10, seed: 3);

    [Fact]
    public void A_spent_time_budget_stops_training_at_the_first_evaluation()
    {
        var config = Tiny(maxSteps: 60, patience: 0);
        config.MaxMinutes = 1e-9;
        var report = NeuralTrainer.Train(Training, null, new NeuralTrainingOptions(config, "cpu", Threads: 1)).Report!;
        Assert.Equal((3, TrainingStop.MaxMinutes), (report.Steps, report.Stop));
        Assert.Equal([3], report.Evaluations.Select(e => e.Step));
    }

    [Fact]
    public void Without_a_time_budget_training_runs_to_its_last_step()
    {
        var report = NeuralTrainer.Train(Training, null, new NeuralTrainingOptions(Tiny(maxSteps: 6, patience: 0), "cpu", Threads: 1)).Report!;
        Assert.Equal((6, TrainingStop.MaxSteps, "max_steps"), (report.Steps, report.Stop, report.ToJson()["stopped_by"]!.GetValue<string>()));
    }

    [Fact]
    public void Patience_stops_training_when_evaluations_stop_improving()
    {
        var config = Tiny(maxSteps: 3000, patience: 1);
        config.LearningRate = 1e-9;
        var report = NeuralTrainer.Train(Training, null, new NeuralTrainingOptions(config, "cpu", Threads: 1)).Report!;
        Assert.Equal(TrainingStop.Patience, report.Stop);
        Assert.True(report.Steps < 3000, $"stopped at step {report.Steps}");
    }

    private static NeuralConfig Tiny(int maxSteps, int patience)
    {
        var config = ToyLanguage.TinyConfig(maxSteps);
        (config.EvalEvery, config.BatchSize, config.Hallucinate, config.Patience) = (3, 8, 0, patience);
        return config;
    }
}
