using System.Text.Json;
using System.Text.Json.Nodes;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;

namespace LangExpand.Adaptation.Training;

/// <summary>
/// <c>trainer_state.json</c> of a resumable checkpoint: the steps done and the settings that must match for an exact resume
/// (seed, batch shape, schedule).
/// </summary>
/// <param name="Step">Optimizer steps done.</param>
/// <param name="Options">The run's options.</param>
public sealed record TrainingState(int Step, MlmOptions Options)
{
    /// <summary>The file name.</summary>
    public const string FileName = "trainer_state.json";

    /// <summary>The optimizer state's file name (TorchSharp's optimizer state format).</summary>
    public const string OptimizerFileName = "optimizer.bin";

    /// <summary>Writes the state into <paramref name="directory"/>.</summary>
    public void Write(string directory)
    {
        var json = new JsonObject
        {
            ["step"] = Step,
            ["steps"] = Options.Steps,
            ["seed"] = Options.Seed,
            ["batch_size"] = Options.BatchSize,
            ["accumulate"] = Options.Accumulate,
            ["sequence_length"] = Options.SequenceLength,
            ["learning_rate"] = Options.LearningRate,
            ["warmup_ratio"] = Options.WarmupRatio,
            ["mask_probability"] = Options.MaskProbability,
            ["trainable"] = TrainableName(Options.Trainable),
        };
        AtomicFile.WriteAllText(Path.Combine(directory, FileName), json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    /// <summary>Reads the step of <paramref name="directory"/>'s state and checks that <paramref name="options"/> match it.</summary>
    public static int ReadStep(string directory, MlmOptions options)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new LangExpandException(ErrorCode.MissingInput, $"not a training checkpoint (no {FileName}): {directory}");
        }
        try
        {
            return StepOf(path, options);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new LangExpandException(ErrorCode.InvalidModel, $"malformed trainer state: {e.Message}", new SourceLocation(path, 0),
                $"the {FileName} written with the checkpoint", e);
        }
    }

    private static int StepOf(string path, MlmOptions options)
    {
        var json = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
            ?? throw new LangExpandException(ErrorCode.InvalidModel, "trainer state is not a JSON object", new SourceLocation(path, 1));
        var expected = new Dictionary<string, double>
        {
            ["steps"] = options.Steps, ["seed"] = options.Seed, ["batch_size"] = options.BatchSize, ["accumulate"] = options.Accumulate,
            ["sequence_length"] = options.SequenceLength, ["learning_rate"] = options.LearningRate, ["warmup_ratio"] = options.WarmupRatio,
            ["mask_probability"] = options.MaskProbability,
        };
        foreach (var (key, value) in expected)
        {
            if (json[key]?.GetValue<double>() != value)
            {
                throw new LangExpandException(ErrorCode.InvalidOption, $"the checkpoint was trained with {key} = {json[key]?.ToJsonString()}, this run asks for {value}",
                    new SourceLocation(path, 0), "the options of the interrupted run");
            }
        }
        var trainable = json["trainable"]?.GetValue<string>() ?? TrainableName(TrainableWeights.All);
        if (trainable != TrainableName(options.Trainable))
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"the checkpoint trained {trainable} weights, this run asks for {TrainableName(options.Trainable)}",
                new SourceLocation(path, 0), "the options of the interrupted run");
        }
        return json["step"]?.GetValue<int>() ?? throw new LangExpandException(ErrorCode.InvalidModel, "trainer state lacks 'step'", new SourceLocation(path, 0));
    }

    private static string TrainableName(TrainableWeights which) => which.ToString().ToLowerInvariant();
}
