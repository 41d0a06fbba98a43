using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LangExpand.Adaptation.Evaluation;
using LangExpand.Core.IO;
using LangExpand.Pipeline.Encoders.Report;
using LangExpand.Pipeline.Running;
using LangExpand.Pipeline.Steps;

namespace LangExpand.Pipeline.Encoders.Steps;

/// <summary>
/// <c>task-evaluate</c>: every task-model stage, the final model and the peer taggers scored on <c>--target-test</c> (UPOS and
/// UFeats accuracy in percent): <c>task/evaluation.json</c>, <c>{"upos_accuracy": {"zero_shot": …, "synthetic": …,
/// "synthetic_source": …, "synthetic_projected": …, "distilled": …, "final": …, "lookup_peer": …, "perceptron_peer": …,
/// "lookup_peer_synthetic": …, "perceptron_peer_synthetic": …}, "ufeats_accuracy": {…}}</c> (the projected stage and the
/// synthetic-only peers only when <c>task-project</c> ran).
/// The test file is read by this step only, after every choice was made.
/// </summary>
public sealed class TaskEvaluateStep : IReportingStep
{
    /// <inheritdoc />
    public void AppendReport(StringBuilder text, string packDirectory, IReadOnlyList<StepResult> results) => TaskModelReport.Append(text, packDirectory, results);

    /// <summary>Every stage that may be scored, in report order (peers come from <c>task-peers</c>).</summary>
    public static IReadOnlyList<string> Stages { get; } = [.. TaskPaths.FineTuned, TaskPaths.Distilled, Final];

    /// <summary>The stages scored for this pack, in report order.</summary>
    private static IReadOnlyList<string> StagesFor(PackContext context) => [.. TaskPaths.FineTunedFor(context), TaskPaths.Distilled, Final];

    /// <summary>The key of the pack's task model.</summary>
    public const string Final = "final";

    /// <inheritdoc />
    public string Name => "task-evaluate";

    /// <inheritdoc />
    public StepPlan? Plan(PackContext context)
    {
        if (!TaskPaths.Applies(context) || context.Request.TargetTest is not { } test)
        {
            return null;
        }
        var inputs = new List<StepInput> { StepInput.User("target_test", test), StepInput.Pack(TaskPaths.Model), StepInput.Pack(TaskPaths.Choice) };
        inputs.AddRange(StagesFor(context).SkipLast(1).Select(s => StepInput.Pack(TaskPaths.Stage(s))));
        if (context.Produces(TaskPeersStep.Scores))
        {
            inputs.Add(StepInput.Pack(TaskPeersStep.Scores));
        }
        return new StepPlan(inputs, new Dictionary<string, string> { ["device"] = AdaptationPaths.DeviceName(context), ["metrics"] = "upos, ufeats (whole FEATS)" }, [TaskPaths.Evaluation]);
    }

    /// <inheritdoc />
    public StepOutcome Run(StepRun run)
    {
        var test = run.Input("target_test");
        var upos = new JsonObject();
        var ufeats = new JsonObject();
        var metrics = new SortedDictionary<string, double>(StringComparer.Ordinal);
        void Add(string key, double uposAccuracy, double ufeatsAccuracy)
        {
            upos[key] = metrics[$"upos.{key}"] = Math.Round(uposAccuracy, 4);
            ufeats[key] = metrics[$"ufeats.{key}"] = Math.Round(ufeatsAccuracy, 4);
        }
        foreach (var stage in StagesFor(run.Context))
        {
            run.Progress.Report($"scoring the {stage} tagger on --target-test");
            var (u, f) = MorphoTagging.Score(run.Input(stage == Final ? TaskPaths.Model : TaskPaths.Stage(stage)), test, AdaptationPaths.Device(run.Context));
            Add(stage, 100 * u, 100 * f);
        }
        if (run.OptionalInput(TaskPeersStep.Scores) is { } peerScores)
        {
            foreach (var (peer, score) in TaskPeersStep.ReadScores(peerScores))
            {
                Add(peer, score.Upos, score.Ufeats);
            }
        }
        var choice = JsonNode.Parse(File.ReadAllText(run.Input(TaskPaths.Choice)))!;
        var json = new JsonObject { ["upos_accuracy"] = upos, ["ufeats_accuracy"] = ufeats, ["final_stage"] = choice["final"]!.GetValue<string>(), ["teacher"] = choice["teacher"]!.GetValue<string>() };
        AtomicFile.WriteAllText(run.Output(TaskPaths.Evaluation), json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return new StepOutcome(new Dictionary<string, long>(), metrics);
    }
}
