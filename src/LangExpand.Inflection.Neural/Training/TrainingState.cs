using LangExpand.Core.Diagnostics;
using System.Text.Json.Nodes;

namespace LangExpand.Inflection.Neural.Training;

/// <summary>The bookkeeping of a training run that a checkpoint must carry besides tensors.</summary>
internal sealed class TrainingState
{
    /// <summary>Steps taken.</summary>
    public int Step { get; set; }

    /// <summary>The best evaluation accuracy so far (−1 before the first evaluation).</summary>
    public double BestAccuracy { get; set; } = -1;

    /// <summary>The step of <see cref="BestAccuracy"/>.</summary>
    public int BestStep { get; set; }

    /// <summary>Evaluations since the best one.</summary>
    public int SinceBest { get; set; }

    /// <summary>Every evaluation so far.</summary>
    public List<(int Step, double Accuracy)> Evaluations { get; } = [];

    /// <summary>The state as JSON (accuracies as exact doubles, so a resumed run compares them exactly).</summary>
    public JsonObject ToJson() => new()
    {
        ["step"] = Step,
        ["best_accuracy"] = BestAccuracy,
        ["best_step"] = BestStep,
        ["since_best"] = SinceBest,
        ["evaluations"] = new JsonArray([.. Evaluations.Select(e => (JsonNode)new JsonArray(e.Step, e.Accuracy))]),
    };

    /// <summary>The state saved by <see cref="ToJson"/>; a missing or mistyped field is an invalid model naming <paramref name="source"/>.</summary>
    public static TrainingState FromJson(JsonNode? json, string source)
    {
        try
        {
            var state = new TrainingState
            {
                Step = json!["step"]!.GetValue<int>(),
                BestAccuracy = json["best_accuracy"]!.GetValue<double>(),
                BestStep = json["best_step"]!.GetValue<int>(),
                SinceBest = json["since_best"]!.GetValue<int>(),
            };
            state.Evaluations.AddRange(json["evaluations"]!.AsArray().Select(e => (e![0]!.GetValue<int>(), e[1]!.GetValue<double>())));
            return state;
        }
        catch (Exception e) when (e is NullReferenceException or InvalidOperationException or FormatException or ArgumentOutOfRangeException)
        {
            throw new LangExpandException(ErrorCode.InvalidModel, $"malformed training state: {e.Message}", new SourceLocation(source, 0),
                "{\"step\": N, \"best_accuracy\": X, \"best_step\": N, \"since_best\": N, \"evaluations\": [[step, accuracy], ...]}", e);
        }
    }
}
