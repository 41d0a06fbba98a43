using LangExpand.Core.Inflection;
using LangExpand.Inflection.Neural.Training;

namespace LangExpand.Inflection.Neural.Tests;

/// <summary>One toy model trained once and shared by the tests that only read it.</summary>
public sealed class TrainedToyModel
{
    /// <summary>Trains the shared model.</summary>
    public TrainedToyModel()
    {
        Development = ToyLanguage.Pairs(30, seed: 2);
        Model = NeuralTrainer.Train(ToyLanguage.Pairs(200, seed: 1), Development, new NeuralTrainingOptions(ToyLanguage.TinyConfig(), "cpu", Threads: 1));
    }

    /// <summary>Pairs of unseen lemmas.</summary>
    public List<InflectionTriple> Development { get; }

    /// <summary>The trained model.</summary>
    public NeuralInflector Model { get; }
}
