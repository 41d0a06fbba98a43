using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LangExpand.Core.IO;
using LangExpand.Tagging;
using LangExpand.Tagging.Scoring;

namespace LangExpand.Pipeline.Steps;

/// <summary>
/// <c>task-peers</c>: the cheap peers of the task model, trained on the same synthetic labelled data — a most-frequent-label
/// lookup and an averaged perceptron tagger of joint UPOS|FEATS labels (<c>task/peers/lookup/</c>, <c>task/peers/perceptron/</c>);
/// with <c>--target-test</c>, each tags the test file (<c>task/peers/KIND.test.conllu</c>) and is scored on it
/// (<c>task/peers/scores.json</c>, read by <c>task-evaluate</c>). Torch-free, so it runs with <c>--no-adapt</c> too.
/// </summary>
public sealed class TaskPeersStep : IPipelineStep
{
    /// <summary>The peers' directory in the pack.</summary>
    public const string Output = "task/peers";

    /// <summary>The peers' scores on the test file (JSON: key → <c>upos</c>, <c>ufeats</c> in percent).</summary>
    public const string Scores = "task/peers/scores.json";

    /// <summary>The peers, by their key in <c>task/evaluation.json</c>.</summary>
    public static IReadOnlyList<(string Key, PeerTaggerKind Kind)> Peers { get; } = [("lookup_peer", PeerTaggerKind.Lookup), ("perceptron_peer", PeerTaggerKind.Perceptron)];

    /// <inheritdoc />
    public string Name => "task-peers";

    /// <inheritdoc />
    public StepPlan? Plan(PackContext context)
    {
        if (!context.Produces(LabelledSynthesisStep.Output))
        {
            return null;
        }
        var inputs = new List<StepInput> { StepInput.Pack(LabelledSynthesisStep.Output) };
        var outputs = Peers.Select(p => Model(p.Kind)).ToList();
        if (context.Request.TargetTest is { } test)
        {
            inputs.Add(StepInput.User("target_test", test));
            outputs.AddRange([.. Peers.Select(p => Predictions(p.Kind)), Scores]);
        }
        var options = new Dictionary<string, string>
        {
            ["epochs"] = PeerTaggerOptions.DefaultEpochs.ToString(CultureInfo.InvariantCulture), ["seed"] = context.Request.Seed.ToString(CultureInfo.InvariantCulture),
            ["labels"] = "upos|feats",
        };
        return new StepPlan(inputs, options, outputs);
    }

    /// <inheritdoc />
    public StepOutcome Run(StepRun run)
    {
        var train = LabelledSynthesisStep.Sentences(run.Input(LabelledSynthesisStep.Output));
        var test = run.Plan.Inputs.Any(i => i.Name == "target_test") ? run.Input("target_test") : null;
        var scores = new JsonObject();
        var metrics = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, kind) in Peers)
        {
            run.Progress.Report($"training the {key} on {train.Count} synthetic sentences");
            var tagger = PeerTaggers.Train(kind, train, new PeerTaggerOptions(Seed: run.Context.Request.Seed));
            tagger.Save(run.Output(Model(kind)));
            if (test is not null)
            {
                var predictions = run.Output(Predictions(kind));
                PeerTaggers.TagConllu(tagger, test, predictions);
                var score = TaggingScorer.Score(test, predictions);
                scores[key] = new JsonObject { ["upos"] = Math.Round(score.UposAccuracy, 4), ["ufeats"] = Math.Round(score.UfeatsAccuracy, 4) };
                metrics[$"upos.{key}"] = Math.Round(score.UposAccuracy, 4);
                metrics[$"ufeats.{key}"] = Math.Round(score.UfeatsAccuracy, 4);
            }
        }
        if (test is not null)
        {
            AtomicFile.WriteAllText(run.Output(Scores), scores.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        }
        return new StepOutcome(new Dictionary<string, long> { ["sentences"] = train.Count }, metrics);
    }

    /// <summary>The scores of <see cref="Scores"/>: peer key → UPOS and UFeats accuracy in percent.</summary>
    public static IEnumerable<(string Key, (double Upos, double Ufeats) Score)> ReadScores(string path)
    {
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        return json.Select(p => (p.Key, (p.Value!["upos"]!.GetValue<double>(), p.Value!["ufeats"]!.GetValue<double>())));
    }

    private static string Model(PeerTaggerKind kind) => $"{Output}/{kind.ToString().ToLowerInvariant()}";

    private static string Predictions(PeerTaggerKind kind) => $"{Output}/{kind.ToString().ToLowerInvariant()}.test.conllu";
}
