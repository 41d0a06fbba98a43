using System.Text.Json.Nodes;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;
using LangExpand.Inflection.Neural.Config;
using LangExpand.Inflection.Neural.Data;
using LangExpand.Inflection.Neural.Network;
using LangExpand.Torch.Runtime;
using LangExpand.Torch.Safetensors;
using static TorchSharp.torch;

namespace LangExpand.Inflection.Neural;

/// <summary>
/// Saves and loads <see cref="NeuralInflector"/>s: <c>config.json</c> (<c>type</c> <c>neural</c>, <c>format_version</c>),
/// <c>config.yaml</c> (every setting, which the architecture is rebuilt from), <c>vocab.json</c>, <c>model.safetensors</c>
/// (the best parameters, float32) and <c>metrics.json</c> (the caller's figures plus the training report).
/// </summary>
public static class NeuralSerialization
{
    /// <summary>The <c>type</c> written to <c>config.json</c>.</summary>
    public const string ModelType = "neural";

    /// <summary>The format version this build writes and reads.</summary>
    public const int FormatVersion = 1;

    /// <summary>The settings file.</summary>
    public const string ConfigYaml = "config.yaml";

    /// <summary>The vocabulary file.</summary>
    public const string VocabularyFile = "vocab.json";

    /// <summary>The parameters file.</summary>
    public const string WeightsFile = "model.safetensors";

    /// <summary>Saves <paramref name="model"/> to <paramref name="directory"/> (atomically, see <see cref="ModelDirectory"/>).</summary>
    public static void Save(NeuralInflector model, string directory, JsonObject? metrics = null)
    {
        var config = new JsonObject { ["type"] = ModelType, ["format_version"] = FormatVersion, ["preset"] = model.Config.Preset, ["beam_width"] = model.Config.BeamWidth };
        var allMetrics = (JsonObject)(metrics ?? []).DeepClone();
        if (model.Report is { } report)
        {
            allMetrics["neural_training"] = report.ToJson();
        }
        ModelDirectory.Save(directory, config, staging => WriteFiles(model.Config, model.Vocabulary, model.Model, staging), allMetrics);
    }

    /// <summary>Writes <paramref name="config"/>, <paramref name="vocabulary"/> and the parameters of <paramref name="model"/> into <paramref name="directory"/> (a model directory's and a checkpoint's common files).</summary>
    internal static void WriteFiles(NeuralConfig config, Vocabulary vocabulary, Transducer model, string directory)
    {
        File.WriteAllText(Path.Combine(directory, ConfigYaml), NeuralConfigYaml.Write(config));
        VocabularyJson.Write(vocabulary, Path.Combine(directory, VocabularyFile));
        var weights = Parameters.Snapshot(model);
        SafetensorsWriter.Save(Path.Combine(directory, WeightsFile), weights);
        foreach (var tensor in weights.Values)
        {
            tensor.Dispose();
        }
    }

    /// <summary>Loads a model saved by <see cref="Save"/> onto <paramref name="device"/> (default: the CPU).</summary>
    public static NeuralInflector Load(string directory, Device? device = null)
    {
        ModelDirectory.ReadConfig(directory, ModelType, FormatVersion);
        var yaml = Path.Combine(directory, ConfigYaml);
        if (!File.Exists(yaml))
        {
            throw new LangExpandException(ErrorCode.InvalidModel, "the model's settings are missing", new SourceLocation(yaml, 0), "config.yaml as written by 'inflect train'");
        }
        var config = NeuralConfigYaml.Load(yaml);
        var vocabulary = VocabularyJson.Read(Path.Combine(directory, VocabularyFile));
        var weightsPath = Path.Combine(directory, WeightsFile);
        if (!File.Exists(weightsPath))
        {
            throw new LangExpandException(ErrorCode.InvalidModel, "the model's parameters are missing", new SourceLocation(weightsPath, 0), "model.safetensors");
        }
        TorchRuntime.EnsureLoaded();
        var target = device ?? CPU;
        var model = new Transducer(config, vocabulary.Count);
        var weights = SafetensorsReader.Load(weightsPath);
        Parameters.Restore(model, weights, weightsPath);
        foreach (var tensor in weights.Values)
        {
            tensor.Dispose();
        }
        return new NeuralInflector(model.MoveTo(target), vocabulary, config, target, report: null);
    }
}
