using System.Text.Json;
using System.Text.Json.Nodes;
using LangExpand.Adaptation.Corpus;
using LangExpand.Adaptation.Evaluation;
using LangExpand.Core.Annotated;
using LangExpand.Core.IO;
using LangExpand.Pipeline.Steps;
using LangExpand.Tagging;

namespace LangExpand.Pipeline.Encoders.Steps;

/// <summary>
/// <c>task-distil</c>: label distillation (self-training). The teacher — the <c>task-finetune</c> stage most accurate on
/// <c>--target-dev</c> (UPOS), or without one <c>synthetic_projected</c> (else <c>synthetic_source</c>) — tags the target
/// side of the training verses; where the perceptron peer of <c>task-peers</c> tags a word otherwise, the silver label keeps
/// only what the two agree on (<see cref="LabelAgreement"/>). A tagger fine-tuned from the adapted model on those silver
/// labels plus the synthetic data (and the projected sentences, when made) is the <c>distilled</c> stage. The final
/// model (<c>task/model/</c>) is the stage most accurate on <c>--target-dev</c>, or <c>distilled</c> without one; the choices
/// are written to <c>task/choice.json</c>. The test file is never read here.
/// </summary>
public sealed class TaskDistilStep : IPipelineStep
{
    /// <summary>Most target verses the teacher labels (spread evenly over the text).</summary>
    public const int MaxSilverSentences = 10_000;

    /// <inheritdoc />
    public string Name => "task-distil";

    /// <inheritdoc />
    public StepPlan? Plan(PackContext context)
    {
        if (!TaskPaths.Applies(context))
        {
            return null;
        }
        var inputs = TaskPaths.FineTunedFor(context).Select(s => StepInput.Pack(TaskPaths.Stage(s))).ToList();
        inputs.AddRange([StepInput.Pack(AdaptationPaths.Model), StepInput.Pack(LabelledSynthesisStep.Output), AdaptationPaths.TargetText(context)[0]]);
        inputs.AddRange(new[] { PeerModel, TaskProjectStep.Output }.Where(context.Produces).Select(StepInput.Pack));
        if (context.Request.TargetDev is { } dev)
        {
            inputs.Add(StepInput.User("target_dev", dev));
        }
        return new StepPlan(inputs, TaskPaths.RecordedOptions(context), [TaskPaths.Stage(TaskPaths.Distilled), TaskPaths.Model, TaskPaths.Choice]);
    }

    /// <inheritdoc />
    public StepOutcome Run(StepRun run)
    {
        var device = AdaptationPaths.Device(run.Context);
        var dev = run.OptionalInput("target_dev");
        var fineTuned = TaskPaths.FineTunedFor(run.Context);
        var stages = fineTuned.ToDictionary(stage => stage, stage => run.Input(TaskPaths.Stage(stage)));
        var devScores = new SortedDictionary<string, (double Upos, double Ufeats)>(StringComparer.Ordinal);
        void ScoreOnDev(string stage)
        {
            if (dev is not null)
            {
                run.Progress.Report($"scoring the {stage} tagger on --target-dev");
                devScores[stage] = MorphoTagging.Score(stages[stage], dev, device);
            }
        }
        string Best(string fallback) => dev is null ? fallback : devScores.MaxBy(s => s.Value.Upos).Key;
        foreach (var stage in fineTuned)
        {
            ScoreOnDev(stage);
        }
        var teacher = Best(fineTuned[^1]);
        var verses = TextCorpus.ReadLines(run.Input(AdaptationPaths.TargetText(run.Context)[0].Name)).ToList();
        var every = Math.Max(1, (verses.Count + MaxSilverSentences - 1) / MaxSilverSentences);
        run.Progress.Report($"the {teacher} tagger labels one in {every} of {verses.Count} target verses");
        var silver = MorphoTagging.Silver(stages[teacher], verses.Where((_, k) => k % every == 0), device);
        if (run.OptionalInput(PeerModel) is { } peer)
        {
            silver = LabelAgreement.Agreed(silver, PeerTaggers.Load(peer));
        }
        var synthetic = LabelledSynthesisStep.Sentences(run.Input(LabelledSynthesisStep.Output));
        var projected = run.OptionalInput(TaskProjectStep.Output) is { } file ? TaggedData.Read(file, withFeatures: true) : [];
        run.Progress.Report($"fine-tuning the distilled tagger on {silver.Count} silver, {synthetic.Count} synthetic and {projected.Count} projected sentences");
        stages[TaskPaths.Distilled] = run.Output(TaskPaths.Stage(TaskPaths.Distilled));
        MorphoTagging.Train(run.Input(AdaptationPaths.Model), [.. silver, .. synthetic, .. TaskPaths.Weighted(projected, synthetic.Count)], stages[TaskPaths.Distilled], TaskPaths.Options(run.Context), device);
        ScoreOnDev(TaskPaths.Distilled);
        var final = Best(TaskPaths.Distilled);
        CopyFiles(stages[final], run.Output(TaskPaths.Model));
        WriteChoice(run.Output(TaskPaths.Choice), teacher, final, devScores);
        var metrics = devScores.SelectMany(s => new[] { ($"dev_upos.{s.Key}", s.Value.Upos), ($"dev_ufeats.{s.Key}", s.Value.Ufeats) })
            .ToDictionary(m => m.Item1, m => Math.Round(100 * m.Item2, 4));
        var counts = new Dictionary<string, long>
        {
            ["silver_sentences"] = silver.Count, ["silver_whole_labels"] = silver.Sum(s => s.Tokens.Count(t => !MorphoLabel.IsPartial(t.Label))),
            ["silver_words"] = silver.Sum(s => s.Tokens.Count), ["synthetic_sentences"] = synthetic.Count, ["projected_sentences"] = projected.Count,
        };
        return new StepOutcome(counts, metrics)
        {
            Notes = new Dictionary<string, string> { ["teacher"] = teacher, ["final"] = final },
        };
    }

    /// <summary>The perceptron peer whose agreement filters the silver labels.</summary>
    private static string PeerModel => TaskPeersStep.Peers.Single(p => p.Key == "perceptron_peer").Model;

    /// <summary>Copies the files of the model directory <paramref name="from"/> into the new directory <paramref name="to"/>.</summary>
    private static void CopyFiles(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from).Order(StringComparer.Ordinal))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    private static void WriteChoice(string path, string teacher, string final, IReadOnlyDictionary<string, (double Upos, double Ufeats)> dev)
    {
        var json = new JsonObject
        {
            ["teacher"] = teacher, ["final"] = final, ["chosen_on"] = dev.Count > 0 ? "target_dev" : "default (no --target-dev)",
            ["dev_upos_accuracy"] = new JsonObject(dev.Select(d => KeyValuePair.Create(d.Key, (JsonNode?)Math.Round(100 * d.Value.Upos, 4)))),
            ["dev_ufeats_accuracy"] = new JsonObject(dev.Select(d => KeyValuePair.Create(d.Key, (JsonNode?)Math.Round(100 * d.Value.Ufeats, 4)))),
        };
        AtomicFile.WriteAllText(path, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
