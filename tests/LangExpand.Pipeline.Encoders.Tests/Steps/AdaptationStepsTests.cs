using LangExpand.Core.Diagnostics;
using LangExpand.Pipeline.Steps;
using LangExpand.Pipeline.Tests;
using LangExpand.TestKit;

namespace LangExpand.Pipeline.Encoders.Tests.Steps;

/// <summary>The encoder steps end to end on the tiny inputs (tiny preset, a few steps); torch's generator is process-wide, so these run in one class.</summary>
public sealed class AdaptationStepsTests
{
    private static readonly string[] EncoderStepNames = ["adapt-mlm", "base-model", "evaluate", "extend-vocab"];

    [Fact]
    public void A_pack_with_adaptation_reports_before_and_after_with_plots_curves_and_manifest_metrics()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.WriteWithAdaptation(scratch);
        var progress = new RecordingProgress();
        LanguagePacks.Add(settings, progress, EncoderSteps.Pipeline);
        Assert.Subset(progress.Ran.ToHashSet(), EncoderStepNames.Append("synth-mono").Append("hold-out").ToHashSet());
        var pack = settings.Out!;
        foreach (var file in new[] { "synthetic/mono.txt", "adaptation/base/config.json", "adaptation/extended/config.json", "adaptation/model/config.json",
            "adaptation/curves/pretrain-loss.tsv", "adaptation/curves/adapt-loss.tsv", "adaptation/evaluation.json", "plots/adaptation.png", "plots/training-curves.png" })
        {
            Assert.True(File.Exists(Path.Combine(pack, file)), file);
        }
        Assert.Equal(1 + 4, File.ReadAllLines(Path.Combine(pack, "adaptation/curves/adapt-loss.tsv")).Length);
        var report = File.ReadAllText(Path.Combine(pack, PackLayout.Report));
        Assert.Contains("| Retrieval top-1 % (held-out verses) |", report);
        Assert.Contains("| POS transfer accuracy % |", report);
        var manifest = File.ReadAllText(Path.Combine(pack, PackLayout.Manifest));
        foreach (var key in new[] { "evaluate.retrieval_top1.before:", "evaluate.retrieval_top1.after:", "evaluate.pos_accuracy.before:", "evaluate.pos_accuracy.after:", "synth-mono.coverage:" })
        {
            Assert.Contains(key, manifest);
        }
    }

    [Fact]
    public void A_pack_with_task_data_and_gold_trains_a_task_model_and_scores_every_stage_on_the_test_file()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.WriteWithAdaptation(scratch);
        LanguagePacks.Add(settings, new RecordingProgress(), EncoderSteps.Pipeline);
        var pack = settings.Out!;
        foreach (var file in new[] { "task/stages/zero-shot/config.json", "task/stages/synthetic/config.json", "task/stages/synthetic-source/config.json",
            "task/stages/distilled/config.json", "task/model/config.json", "task/model/tokenizer.json", "task/choice.json", "task/evaluation.json" })
        {
            Assert.True(File.Exists(Path.Combine(pack, file)), file);
        }
        var evaluation = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(pack, "task/evaluation.json")))!;
        foreach (var metric in new[] { "upos_accuracy", "ufeats_accuracy" })
        {
            foreach (var stage in new[] { "zero_shot", "synthetic", "synthetic_source", "distilled", "final" })
            {
                Assert.InRange(evaluation[metric]![stage]!.GetValue<double>(), 0, 100);
            }
        }
        var choice = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(pack, "task/choice.json")))!;
        Assert.Equal("target_dev", choice["chosen_on"]!.GetValue<string>());
        Assert.Contains("|", File.ReadAllText(Path.Combine(pack, "task/model/config.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void No_adapt_runs_no_encoder_step()
    {
        using var scratch = new ScratchDirectory();
        var progress = new RecordingProgress();
        LanguagePacks.Add(TinyLanguage.WithoutAdaptation(TinyLanguage.WriteWithAdaptation(scratch)), progress, EncoderSteps.Pipeline);
        Assert.Empty(progress.Status.Keys.Intersect(EncoderStepNames));
        Assert.Contains("synth-mono", progress.Ran);
    }

    [Fact]
    public void A_run_killed_during_training_resumes_to_the_uninterrupted_pack_and_a_rerun_skips_everything()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.WriteWithAdaptation(scratch);
        var dying = EncoderSteps.Pipeline.Select(s => s.Name == "adapt-mlm" ? new DyingStep(s, 2) : s).ToList();
        Assert.Throws<IOException>(() => LanguagePacks.Add(settings, new RecordingProgress(), dying));
        Assert.False(Directory.Exists(Path.Combine(settings.Out!, "adaptation/model")));
        var progress = new RecordingProgress();
        LanguagePacks.Add(settings, progress, EncoderSteps.Pipeline);
        Assert.Equal(["adapt-mlm", "evaluate", "task-distil", "task-evaluate", "task-finetune"], progress.Ran);
        var fresh = settings with { Out = scratch.Path("fresh") };
        LanguagePacks.Add(fresh, new RecordingProgress(), EncoderSteps.Pipeline);
        var (resumed, uninterrupted) = (TinyLanguage.Snapshot(settings.Out!), TinyLanguage.Snapshot(fresh.Out!));
        Assert.Equal(uninterrupted.Keys, resumed.Keys);
        Assert.All(uninterrupted.Keys.Where(k => k != PackLayout.Manifest), k => Assert.Equal(uninterrupted[k], resumed[k]));
        var again = new RecordingProgress();
        LanguagePacks.Add(settings, again, EncoderSteps.Pipeline);
        Assert.Empty(again.Ran);
        Assert.Equal(resumed, TinyLanguage.Snapshot(settings.Out!));
    }

    [Fact]
    public void Forcing_extend_vocab_reruns_the_steps_after_it_but_not_pretraining()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.WriteWithAdaptation(scratch);
        LanguagePacks.Add(settings, new RecordingProgress(), EncoderSteps.Pipeline);
        var progress = new RecordingProgress();
        LanguagePacks.Add(settings with { Force = ["extend-vocab"] }, progress, EncoderSteps.Pipeline);
        Assert.Equal(["adapt-mlm", "evaluate", "extend-vocab", "task-distil", "task-evaluate", "task-finetune"], progress.Ran);
    }

    [Theory]
    [InlineData("preset", "huge")]
    [InlineData("adapt", "0")]
    [InlineData("heldout", "1")]
    [InlineData("ud-without-task", "")]
    public void A_bad_adaptation_setting_stops_the_run_before_any_work(string setting, string value)
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.WriteWithAdaptation(scratch);
        settings = setting switch
        {
            "preset" => settings with { Preset = value },
            "adapt" => settings with { AdaptSteps = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
            "heldout" => settings with { HeldOut = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
            _ => settings with { TaskData = [] },
        };
        var error = Assert.Throws<LangExpandException>(() => LanguagePacks.Add(settings, new RecordingProgress(), EncoderSteps.Pipeline));
        Assert.Equal(ErrorCode.InvalidOption, error.Code);
        Assert.False(Directory.Exists(settings.Out));
    }

    /// <summary>Runs the step but throws from its progress after <c>messages</c> reports, like a process killed mid-training.</summary>
    private sealed class DyingStep(IPipelineStep inner, int messages) : IPipelineStep
    {
        public string Name => inner.Name;

        public StepPlan? Plan(PackContext context) => inner.Plan(context);

        public StepOutcome Run(StepRun run)
        {
            var left = messages;
            return inner.Run(run with { Progress = new Dying(() => --left < 0) });
        }

        private sealed class Dying(Func<bool> dead) : IProgress<string>
        {
            public void Report(string value)
            {
                if (dead())
                {
                    throw new IOException("killed");
                }
            }
        }
    }
}
