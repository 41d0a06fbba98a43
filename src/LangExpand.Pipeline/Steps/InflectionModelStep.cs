using LangExpand.Morphology;
using LangExpand.Morphology.Data;
using LangExpand.Morphology.Models;

namespace LangExpand.Pipeline.Steps;

/// <summary>
/// <c>inflection-model</c>: trains every selectable inflection model on the training split, keeps the most accurate on
/// the dev split (<c>--model auto</c>) in <c>inflection/model/</c>, and scores it on the held-out test split (exact match).
/// Metrics: <c>dev_accuracy.MODEL</c> for each model, <c>test_accuracy</c> of the kept one.
/// </summary>
public sealed class InflectionModelStep : IPipelineStep
{
    /// <summary>The pack directory of the model.</summary>
    public const string Output = "inflection/model";

    /// <inheritdoc />
    public string Name => "inflection-model";

    /// <inheritdoc />
    public StepPlan? Plan(PackContext context) => context.Produces(InflectionDataStep.Output)
        ? new StepPlan([StepInput.Pack(InflectionDataStep.Output)], new Dictionary<string, string> { ["model"] = InflectionModels.Auto }, [Output])
        : null;

    /// <inheritdoc />
    public StepOutcome Run(StepRun run)
    {
        string Split(string extension) => run.Context.PackPath(InflectionDataStep.File(run.Context, extension));
        var output = run.Output(Output);
        run.Progress.Report("training and selecting on dev");
        var summary = InflectionTasks.Train(new TrainOptions(Split("trn"), output, InflectionModels.Auto, DevFile: Split("dev"),
            Kinds: run.Context.Request.InflectionKinds));
        run.Progress.Report($"scoring {summary.Model} on test");
        var test = InflectionReader.Read(Split("tst"));
        var predicted = InflectionTasks.PredictDataset(InflectionModels.Load(output, run.Context.Request.InflectionKinds), test);
        var correct = test.Triples.Zip(predicted.Triples).Count(p => string.Equals(p.First.Form, p.Second.Form, StringComparison.Ordinal));
        var metrics = summary.DevAccuracy.ToDictionary(a => $"dev_accuracy.{a.Key}", a => Math.Round(a.Value, 4));
        metrics["test_accuracy"] = Math.Round(100.0 * correct / Math.Max(1, test.Triples.Count), 4);
        return new StepOutcome(new Dictionary<string, long> { ["train_examples"] = summary.Examples, ["test_examples"] = test.Triples.Count }, metrics)
        {
            Notes = new Dictionary<string, string> { ["selected_model"] = summary.Model },
        };
    }
}
