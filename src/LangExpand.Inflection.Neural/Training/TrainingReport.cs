using System.Text.Json.Nodes;

namespace LangExpand.Inflection.Neural.Training;

/// <summary>What a neural training run did, saved in <c>metrics.json</c> under <c>neural_training</c>.</summary>
/// <param name="Steps">Optimisation steps taken (including those of a resumed checkpoint).</param>
/// <param name="BestStep">The step whose parameters were kept.</param>
/// <param name="BestAccuracy">Greedy accuracy in percent on the evaluation data at <paramref name="BestStep"/>.</param>
/// <param name="Hallucinated">Hallucinated examples added to the training data.</param>
/// <param name="TrainingSeconds">Wall time of the optimisation steps of this run (evaluations excluded).</param>
/// <param name="SymbolsPerSecond">Source and target symbols processed per second of <paramref name="TrainingSeconds"/>.</param>
/// <param name="Evaluations">Each evaluation's step and accuracy.</param>
/// <param name="Stop">Why training stopped.</param>
public sealed record TrainingReport(int Steps, int BestStep, double BestAccuracy, int Hallucinated, double TrainingSeconds, double SymbolsPerSecond,
    IReadOnlyList<(int Step, double Accuracy)> Evaluations, TrainingStop Stop)
{
    /// <summary>The report as JSON.</summary>
    public JsonObject ToJson() => new()
    {
        ["steps"] = Steps,
        ["best_step"] = BestStep,
        ["best_eval_accuracy"] = Math.Round(BestAccuracy, 4),
        ["hallucinated"] = Hallucinated,
        ["training_seconds"] = Math.Round(TrainingSeconds, 2),
        ["symbols_per_second"] = Math.Round(SymbolsPerSecond),
        ["stopped_by"] = Stop switch
        {
            TrainingStop.MaxSteps => "max_steps",
            TrainingStop.Patience => "patience",
            _ => "max_minutes",
        },
        ["evaluations"] = new JsonArray([.. Evaluations.Select(e => (JsonNode)new JsonArray(e.Step, Math.Round(e.Accuracy, 4)))]),
    };
}
