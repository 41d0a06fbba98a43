using System.Text.Json.Nodes;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;
using LangExpand.Inflection.Neural.Config;
using LangExpand.Inflection.Neural.Data;
using LangExpand.Inflection.Neural.Network;
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

    /// <summary>
    /// Refuses, before any training, a checkpoint path that is a file or a directory with other content (saving there would
    /// fail only at the first evaluation).
    /// </summary>
    public static void CheckTarget(string directory)
    {
        if (File.Exists(directory) || (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any() && !Exists(directory)))
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"cannot keep a checkpoint at {directory}: it is a file or a directory that is not a checkpoint",
                expected: "a new or empty directory, or the checkpoint of an interrupted run");
        }
    }

    /// <summary>Whether <paramref name="directory"/> holds a checkpoint to resume from.</summary>
    public static bool Exists(string directory) => File.Exists(Path.Combine(directory, ModelDirectory.ConfigFile));

    /// <summary>Writes the checkpoint (replacing an earlier one atomically).</summary>
    public static void Save(string directory, NeuralConfig config, Vocabulary vocabulary, Transducer model, IReadOnlyDictionary<string, Tensor> best,
        AdamW optimizer, TrainingState state)
    {
        ModelDirectory.Save(directory, new JsonObject { ["type"] = ModelType, ["format_version"] = FormatVersion }, staging =>
        {
            NeuralSerialization.WriteFiles(config, vocabulary, model, staging);
            SafetensorsWriter.Save(Path.Combine(staging, BestFile), best);
            SafetensorsWriter.Save(Path.Combine(staging, OptimizerFile), optimizer.State().ToDictionary(p => p.Key, p => p.Value.cpu()));
            using var generator = random.get_rng_state();
            SafetensorsWriter.Save(Path.Combine(staging, RandomFile), new Dictionary<string, Tensor> { [GeneratorKey] = generator });
            ModelDirectory.WriteJson(Path.Combine(staging, StateFile), state.ToJson());
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
                "the settings of the interrupted run (only max_steps, patience and max_minutes may change)");
        }
        var saved = VocabularyJson.Read(Path.Combine(directory, NeuralSerialization.VocabularyFile));
        if (!saved.Characters.SequenceEqual(vocabulary.Characters) || !saved.Features.SequenceEqual(vocabulary.Features))
        {
            throw new LangExpandException(ErrorCode.InvalidModel, "the checkpoint was made from other training data (its vocabulary differs)",
                new SourceLocation(Path.Combine(directory, NeuralSerialization.VocabularyFile), 0), "the same training data and settings as the interrupted run");
        }
        var weightsPath = Path.Combine(directory, NeuralSerialization.WeightsFile);
        WithTensors(weightsPath, null, weights => Parameters.Restore(model, weights, weightsPath));
        var statePath = Path.Combine(directory, StateFile);
        var training = TrainingState.FromJson(ModelDirectory.ReadJson(statePath), statePath);
        var optimizerPath = Path.Combine(directory, OptimizerFile);
        WithTensors(optimizerPath, model.parameters().First().device, moments => optimizer.Restore(moments, training.Step, optimizerPath));
        var randomPath = Path.Combine(directory, RandomFile);
        WithTensors(randomPath, null, generator => random.set_rng_state(generator.TryGetValue(GeneratorKey, out var state) ? state
            : throw new LangExpandException(ErrorCode.InvalidModel, $"the generator state has no tensor '{GeneratorKey}'", new SourceLocation(randomPath, 0),
                "the generator state of the interrupted run")));
        return (training, SafetensorsReader.Load(Path.Combine(directory, BestFile)));
    }

    /// <summary>Loads the tensors of <paramref name="path"/>, hands them to <paramref name="use"/>, and frees them.</summary>
    private static void WithTensors(string path, Device? device, Action<Dictionary<string, Tensor>> use)
    {
        var tensors = SafetensorsReader.Load(path, device: device);
        try
        {
            use(tensors);
        }
        finally
        {
            foreach (var tensor in tensors.Values)
            {
                tensor.Dispose();
            }
        }
    }
}
