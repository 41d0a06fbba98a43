using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LangExpand.Adaptation.Evaluation;
using LangExpand.Core.Annotated;
using LangExpand.Core.IO;
using LangExpand.Pipeline.Encoders.Report;
using LangExpand.Pipeline.Requests;
using LangExpand.Pipeline.Running;
using LangExpand.Pipeline.Steps;

namespace LangExpand.Pipeline.Encoders.Steps;

/// <summary>
/// <c>evaluate</c>: the base model ("before"), the extended model and the adapted model ("after") scored by retrieval top-1
/// over the held-out verse pairs and, with <c>--target-ud</c>, by zero-shot POS transfer (a tagger fine-tuned on the first
/// <c>--task-data</c> file, scored on the target UD file); <c>adaptation/evaluation.json</c>. Metrics in percent:
/// <c>retrieval_top1.before|extended|after</c>, <c>pos_accuracy.before|after</c>. Checks <c>--target-ud</c> before any step runs
/// and writes the report's adaptation section (<see cref="AdaptationReport"/>).
/// </summary>
public sealed class EvaluateStep : IValidatingStep, IReportingStep
{
    /// <summary>The models scored, by metric suffix, in report order.</summary>
    public static IReadOnlyList<string> Stages { get; } = ["before", "extended", "after"];

    /// <inheritdoc />
    public string Name => "evaluate";

    /// <inheritdoc />
    public void Validate(PackRequest request)
    {
        if (request.Adaptation?.TargetUd is { } ud)
        {
            RequestValidator.RequireFile(ud, "--target-ud");
            _ = ConlluReader.Read(ud).Count();
        }
    }

    /// <inheritdoc />
    public void AppendReport(StringBuilder text, string packDirectory, IReadOnlyList<StepResult> results) => AdaptationReport.Append(text, packDirectory, results);

    /// <inheritdoc />
    public StepPlan? Plan(PackContext context)
    {
        if (!AdaptationPaths.Applies(context))
        {
            return null;
        }
        var request = context.Request;
        var inputs = new List<StepInput>
        {
            AdaptationPaths.BaseModel(context), StepInput.Pack(AdaptationPaths.Extended), StepInput.Pack(AdaptationPaths.Model),
            StepInput.Pack(HoldOutStep.HeldOut(request.Source)), StepInput.Pack(HoldOutStep.HeldOut(request.Language)),
        };
        if (request.Adaptation!.TargetUd is { } ud)
        {
            inputs.AddRange([StepInput.User("task_data[0]", request.TaskData[0]), StepInput.User("target_ud", ud)]);
        }
        var options = new Dictionary<string, string>
        {
            ["pos_steps"] = request.Adaptation.PosSteps.ToString(CultureInfo.InvariantCulture),
            ["seed"] = request.Seed.ToString(CultureInfo.InvariantCulture), ["device"] = AdaptationPaths.DeviceName(context),
        };
        return new StepPlan(inputs, options, [AdaptationPaths.Evaluation]);
    }

    /// <inheritdoc />
    public StepOutcome Run(StepRun run)
    {
        var request = run.Context.Request;
        var device = AdaptationPaths.Device(run.Context);
        var retrieval = (run.Input(HoldOutStep.HeldOut(request.Source)), run.Input(HoldOutStep.HeldOut(request.Language)));
        var models = Stages.Zip([run.Input(run.Plan.Inputs[0].Name), run.Input(AdaptationPaths.Extended), run.Input(AdaptationPaths.Model)]);
        var metrics = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var pairs = 0;
        var tagging = new TaggingOptions { Steps = request.Adaptation!.PosSteps, Seed = request.Seed };
        foreach (var (stage, model) in models)
        {
            var pos = request.Adaptation.TargetUd is not null && stage != "extended" ? (run.Input("task_data[0]"), run.Input("target_ud")) : ((string, string)?)null;
            run.Progress.Report($"evaluating the {stage} model{(pos is null ? "" : " (retrieval, POS transfer)")}");
            var report = AdaptationEvaluator.Evaluate(model, retrieval, pos, device, new EvaluationOptions { Tagging = tagging, PseudoPerplexitySentences = 0 });
            metrics[$"retrieval_top1.{stage}"] = Math.Round(100 * report.RetrievalTopOne, 4);
            pairs = report.RetrievalPairs;
            if (report.PosAccuracy is { } accuracy)
            {
                metrics[$"pos_accuracy.{stage}"] = Math.Round(100 * accuracy, 4);
            }
        }
        var json = new JsonObject { ["retrieval_pairs"] = pairs, ["metrics_percent"] = new JsonObject(metrics.Select(m => KeyValuePair.Create(m.Key, (JsonNode?)m.Value))) };
        AtomicFile.WriteAllText(run.Output(AdaptationPaths.Evaluation), json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return new StepOutcome(new Dictionary<string, long> { ["retrieval_pairs"] = pairs }, metrics);
    }
}
