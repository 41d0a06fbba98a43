using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LangExpand.Core.IO;
using LangExpand.Tagging;
using LangExpand.Tagging.Scoring;

namespace LangExpand.Pipeline.Steps;

/// <summary>
/// <c>task-peers</c>: the cheap peers of the task model, trained on the same data as the encoder — the synthetic labelled
/// sentences and, when <c>task-project</c> ran, the projected ones: a most-frequent-label lookup and an averaged perceptron
/// tagger of joint UPOS|FEATS labels (<c>task/peers/lookup/</c>, <c>task/peers/perceptron/</c>); with projection, also both
/// trained on the synthetic data alone (<c>*-synthetic/</c>), which shows what projection adds. With <c>--target-test</c>,
/// each tags the test file (<c>task/peers/NAME.test.conllu</c>) and is scored on it (<c>task/peers/scores.json</c>, read by
/// <c>task-evaluate</c>). Torch-free, so it runs with <c>--no-adapt</c> too.
/// </summary>
public sealed class TaskPeersStep : IPipelineStep
{
    /// <summary>The peers' directory in the pack.</summary>
    public const string Output = "task/peers";

    /// <summary>The peers' scores on the test file (JSON: key → <c>upos</c>, <c>ufeats</c> in percent).</summary>
    public const string Scores = "task/peers/scores.json";

    /// <summary>Every peer this step may train, by its key in <c>task/evaluation.json</c>, in report order.</summary>
    public static IReadOnlyList<Peer> Peers { get; } =
    [
        new("lookup_peer", PeerTaggerKind.Lookup, SyntheticOnly: false), new("perceptron_peer", PeerTaggerKind.Perceptron, SyntheticOnly: false),
        new("lookup_peer_synthetic", PeerTaggerKind.Lookup, SyntheticOnly: true), new("perceptron_peer_synthetic", PeerTaggerKind.Perceptron, SyntheticOnly: true),
    ];

    /// <summary>A peer tagger: its key, its kind, and whether it trains on the synthetic data alone (only when projection ran).</summary>
    public sealed record Peer(string Key, PeerTaggerKind Kind, bool SyntheticOnly)
    {
        /// <summary>The peer's model directory in the pack.</summary>
        public string Model => $"{Output}/{Kind.ToString().ToLowerInvariant()}{(SyntheticOnly ? "-synthetic" : "")}";

        /// <summary>The peer's tags of the test file.</summary>
        public string Predictions => $"{Model}.test.conllu";
    }

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
        var projected = context.Produces(TaskProjectStep.Output);
        if (projected)
        {
            inputs.Add(StepInput.Pack(TaskProjectStep.Output));
        }
        var peers = Peers.Where(p => projected || !p.SyntheticOnly).ToList();
        var outputs = peers.Select(p => p.Model).ToList();
        if (context.Request.TargetTest is { } test)
        {
            inputs.Add(StepInput.User("target_test", test));
            outputs.AddRange([.. peers.Select(p => p.Predictions), Scores]);
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
        var synthetic = LabelledSynthesisStep.Sentences(run.Input(LabelledSynthesisStep.Output));
        var projected = run.OptionalInput(TaskProjectStep.Output) is { } file ? TaggedConllu.Read(file) : null;
        var test = run.OptionalInput("target_test");
        var scores = new JsonObject();
        var metrics = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, kind, syntheticOnly) in Peers.Where(p => projected is not null || !p.SyntheticOnly))
        {
            var train = syntheticOnly || projected is null ? synthetic : [.. synthetic, .. projected];
            run.Progress.Report($"training the {key} on {synthetic.Count} synthetic{(train.Count > synthetic.Count ? $" and {projected!.Count} projected" : "")} sentences");
            var tagger = PeerTaggers.Train(kind, train, new PeerTaggerOptions(Seed: run.Context.Request.Seed));
            var peer = new Peer(key, kind, syntheticOnly);
            tagger.Save(run.Output(peer.Model));
            if (test is not null)
            {
                var predictions = run.Output(peer.Predictions);
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
        return new StepOutcome(new Dictionary<string, long> { ["synthetic_sentences"] = synthetic.Count, ["projected_sentences"] = projected?.Count ?? 0 }, metrics);
    }

    /// <summary>The scores of <see cref="Scores"/>: peer key → UPOS and UFeats accuracy in percent.</summary>
    public static IEnumerable<(string Key, (double Upos, double Ufeats) Score)> ReadScores(string path)
    {
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        return json.Select(p => (p.Key, (p.Value!["upos"]!.GetValue<double>(), p.Value!["ufeats"]!.GetValue<double>())));
    }
}
