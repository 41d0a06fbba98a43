using System.Text.Json.Nodes;
using LangExpand.Core.Diagnostics;
using LangExpand.Inflection.Neural.Config;
using LangExpand.Inflection.Neural.Data;
using LangExpand.Inflection.Neural.Network;
using LangExpand.Morphology.Models;
using LangExpand.Torch.Safetensors;
using static TorchSharp.torch;

namespace LangExpand.Inflection.Neural.Training;

/// <summary>
/// A resumable training checkpoint, itself a model directory (<c>type</c> <c>neural-checkpoint</c>): the settings and
/// vocabulary, the current and the best parameters, the optimizer's moments, libtorch's CPU generator state and the step
/// bookkeeping (<c>state.json</c>). Batch order and hallucination follow from the seed and the step, so resuming from step
/// N to 2N gives exactly what training 2N steps straight gives (same threads, CPU).
/// </summary>
internal static class Checkpoint
{
    private const string ModelType = "neural-checkpoint";
    private const int FormatVersion = 1;
    private const string BestFile = "best.safetensors";
    private const string OptimizerFile = "optimizer.safetensors";
    private const string RandomFile = "rng.safetensors";
    private const string StateFile = "state.json";
    private const string GeneratorKey = "cpu";

    /// <summary>The YAML of <paramref name="config"/> without the settings a resumed run may change (its length).</summary>
    private static string SettingsWithoutLength(NeuralConfig config)
    {
        var copy = config.Clone();
        (copy.MaxSteps, copy.Patience, copy.MaxMinutes) = (1, 0, null);
        return NeuralConfigYaml.Write(copy);
    }

    /// <summary>Whether <paramref name="directory"/> holds a checkpoint to resume from.</summary>
    public static bool Exists(string directory) => File.Exists(Path.Combine(directory, ModelDirectory.ConfigFile));

    /// <summary>Writes the checkpoint (replacing an earlier one atomically).</summary>
    public static void Save(string directory, NeuralConfig config, Vocabulary vocabulary, Transducer model, IReadOnlyDictionary<string, Tensor> best,
        AdamW optimizer, TrainingState state)
    {
        ModelDirectory.Save(directory, new JsonObject { ["type"] = ModelType, ["format_version"] = FormatVersion }, staging =>
        {
            File.WriteAllText(Path.Combine(staging, NeuralSerialization.ConfigYaml), NeuralConfigYaml.Write(config));
            VocabularyJson.Write(vocabulary, Path.Combine(staging, NeuralSerialization.VocabularyFile));
            var current = Parameters.Snapshot(model);
            SafetensorsWriter.Save(Path.Combine(staging, NeuralSerialization.WeightsFile), current);
            SafetensorsWriter.Save(Path.Combine(staging, BestFile), best);
            SafetensorsWriter.Save(Path.Combine(staging, OptimizerFile), optimizer.State().ToDictionary(p => p.Key, p => p.Value.cpu()));
            using var generator = random.get_rng_state();
            SafetensorsWriter.Save(Path.Combine(staging, RandomFile), new Dictionary<string, Tensor> { [GeneratorKey] = generator });
            ModelDirectory.WriteJson(Path.Combine(staging, StateFile), state.ToJson());
            foreach (var tensor in current.Values)
            {
                tensor.Dispose();
            }
        });
    }

    /// <summary>
    /// Restores model, optimizer and generator from <paramref name="directory"/> and returns the step bookkeeping and the best
    /// parameters; a checkpoint of other data (another vocabulary) or another architecture is an error.
    /// </summary>
    public static (TrainingState State, Dictionary<string, Tensor> Best) Restore(string directory, NeuralConfig config, Vocabulary vocabulary, Transducer model,
        AdamW optimizer)
    {
        ModelDirectory.ReadConfig(directory, ModelType, FormatVersion);
        var settingsPath = Path.Combine(directory, NeuralSerialization.ConfigYaml);
        if (!File.Exists(settingsPath) || SettingsWithoutLength(NeuralConfigYaml.Load(settingsPath)) != SettingsWithoutLength(config))
        {
            throw new LangExpandException(ErrorCode.InvalidModel, "the checkpoint was made with other settings", new SourceLocation(settingsPath, 0),
                "the settings of the interrupted run (only max_steps and patience may change)");
        }
        var saved = VocabularyJson.Read(Path.Combine(directory, NeuralSerialization.VocabularyFile));
        if (!saved.Characters.SequenceEqual(vocabulary.Characters) || !saved.Features.SequenceEqual(vocabulary.Features))
        {
            throw new LangExpandException(ErrorCode.InvalidModel, "the checkpoint was made from other training data (its vocabulary differs)",
                new SourceLocation(Path.Combine(directory, NeuralSerialization.VocabularyFile), 0), "the same training data and settings as the interrupted run");
        }
        var weightsPath = Path.Combine(directory, NeuralSerialization.WeightsFile);
        Parameters.Restore(model, SafetensorsReader.Load(weightsPath), weightsPath);
        var state = ModelDirectory.ReadJson(Path.Combine(directory, StateFile)) as JsonObject
            ?? throw new LangExpandException(ErrorCode.InvalidModel, "the training state is not a JSON object", new SourceLocation(Path.Combine(directory, StateFile), 1));
        var training = TrainingState.FromJson(state);
        optimizer.Restore(SafetensorsReader.Load(Path.Combine(directory, OptimizerFile), device: model.parameters().First().device), training.Step);
        random.set_rng_state(SafetensorsReader.Load(Path.Combine(directory, RandomFile))[GeneratorKey]);
        return (training, SafetensorsReader.Load(Path.Combine(directory, BestFile)));
    }
}
