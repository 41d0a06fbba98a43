using LangExpand.Core.Diagnostics;
using LangExpand.Pipeline.Running;
using LangExpand.Pipeline.Steps;
using LangExpand.TestKit;

namespace LangExpand.Pipeline.Tests;

public sealed class LanguagePacksTests
{
    [Theory]
    [InlineData(0, new[] { "task.spa.conllu" })]
    [InlineData(2, new[] { "task.spa.conllu", "task.spa.sample1.conllu", "task.spa.sample2.conllu" })]
    public void Synth_labelled_writes_the_best_translation_and_the_asked_number_of_sampled_ones(int samples, string[] files)
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.Write(scratch) with { SynthSamples = samples };

        LanguagePacks.Add(settings, new RecordingProgress());

        var written = Directory.GetFiles(Path.Combine(settings.Out!, "synthetic/labelled"), "*.conllu").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(files, written);
        Assert.Equal(samples > 0, File.ReadAllText(Path.Combine(settings.Out!, ".steps/synth-labelled.json")).Contains("\"samples\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pack_has_a_manifest_a_report_a_merged_lexicon_a_model_and_synthetic_data()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.Write(scratch);
        var progress = new RecordingProgress();
        LanguagePacks.Add(settings, progress);
        var pack = settings.Out!;
        Assert.Equal(["hold-out", "import-lexicons", "induce-lexicon", "inflection-data", "inflection-model", "merge-lexicon", "parallel-text", "synth-labelled", "synth-mono", "task-peers", "task-project"], progress.Ran);
        foreach (var file in new[] { "manifest.yaml", "report.md", "lexicon/merged.tsv", "inflection/model/config.json", "synthetic/labelled/task.spa.conllu",
            "plots/lexicon-sizes.png", "plots/inflection-accuracy.png", ".steps/merge-lexicon.json", "task/projected.conllu",
            "task/peers/perceptron/config.json", "task/peers/perceptron-synthetic/config.json" })
        {
            Assert.True(File.Exists(Path.Combine(pack, file)), file);
        }
        Assert.False(Directory.Exists(Path.Combine(pack, PackLayout.Staging)));
        Assert.StartsWith("source\ttarget", File.ReadAllText(Path.Combine(pack, "lexicon/merged.tsv")));
        Assert.Contains("gato", File.ReadAllText(Path.Combine(pack, "synthetic/labelled/task.spa.conllu")));
        Assert.Contains("Labelled=Upos", File.ReadAllText(Path.Combine(pack, "task/projected.conllu")));
    }

    [Fact]
    public void The_manifest_lists_inputs_with_hashes_the_seed_steps_metrics_and_timings_last()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.Write(scratch);
        LanguagePacks.Add(settings, new RecordingProgress());
        var manifest = File.ReadAllText(Path.Combine(settings.Out!, PackLayout.Manifest));
        Assert.Contains($"sha256: {ContentHash.File(settings.Lexicons[0])}", manifest);
        Assert.Contains("provenance: file eng-spa.tsv", manifest);
        Assert.Contains("seed: 3", manifest);
        Assert.Contains("inflection-model.test_accuracy:", manifest);
        Assert.Contains("selected_model:", manifest);
        Assert.DoesNotContain(scratch.Path(PackLayout.Staging), manifest);
        var timings = manifest.IndexOf("\ntimings:", StringComparison.Ordinal);
        Assert.True(timings > manifest.IndexOf("\nmetrics:", StringComparison.Ordinal));
        Assert.DoesNotContain("seconds", TinyLanguage.WithoutTimings(manifest));
    }

    [Fact]
    public void A_second_run_skips_every_step_and_leaves_the_pack_identical()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.Write(scratch);
        LanguagePacks.Add(settings, new RecordingProgress());
        var before = TinyLanguage.Snapshot(settings.Out!);
        var progress = new RecordingProgress();
        LanguagePacks.Add(settings, progress);
        Assert.Empty(progress.Ran);
        Assert.Equal(before, TinyLanguage.Snapshot(settings.Out!));
    }

    [Fact]
    public void Dropping_an_input_removes_the_outputs_of_the_steps_that_no_longer_apply_and_nothing_else()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.Write(scratch);
        LanguagePacks.Add(settings, new RecordingProgress());
        File.WriteAllText(Path.Combine(settings.Out!, "inflection", "notes.txt"), "mine");

        LanguagePacks.Add(settings with { UniMorph = null }, new RecordingProgress());

        Assert.False(File.Exists(Path.Combine(settings.Out!, "inflection", "model", "config.json")));
        Assert.False(File.Exists(Path.Combine(settings.Out!, PackLayout.Records, "inflection-model.json")));
        Assert.False(File.Exists(Path.Combine(settings.Out!, PackLayout.Records, "inflection-data.json")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(settings.Out!, "inflection", "notes.txt")));
        Assert.True(File.Exists(Path.Combine(settings.Out!, "lexicon", "merged.tsv")));
        Assert.DoesNotContain("inflection-model", File.ReadAllText(Path.Combine(settings.Out!, PackLayout.Manifest)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_pack_of_one_language_is_not_rebuilt_for_another_and_stays_as_it_was()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.Write(scratch);
        LanguagePacks.Add(settings, new RecordingProgress());
        var before = TinyLanguage.Snapshot(settings.Out!);

        var error = Assert.Throws<LangExpandException>(() => LanguagePacks.Add(settings with { Language = "por", UniMorph = null }, new RecordingProgress()));

        Assert.Equal(ErrorCode.InvalidOption, error.Code);
        Assert.Contains("is the pack of spa from eng; refusing to build por from eng into it", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, TinyLanguage.Snapshot(settings.Out!));
    }

    [Fact]
    public void A_changed_input_reruns_the_steps_that_read_it_and_those_downstream()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.Write(scratch);
        LanguagePacks.Add(settings, new RecordingProgress());
        File.AppendAllText(settings.Lexicons[0], "house\tcasa\n");
        var progress = new RecordingProgress();
        LanguagePacks.Add(settings, progress);
        Assert.Equal(["import-lexicons", "merge-lexicon", "synth-labelled", "synth-mono", "task-peers"], progress.Ran);
    }

    [Fact]
    public void Force_redoes_the_step_and_every_step_that_reads_its_outputs()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.Write(scratch);
        LanguagePacks.Add(settings, new RecordingProgress());
        var progress = new RecordingProgress();
        LanguagePacks.Add(settings with { Force = ["inflection-model"] }, progress);
        Assert.Equal(["inflection-model", "synth-labelled", "synth-mono", "task-peers"], progress.Ran);
    }

    [Fact]
    public void An_output_changed_by_hand_is_rebuilt()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.Write(scratch);
        LanguagePacks.Add(settings, new RecordingProgress());
        var before = TinyLanguage.Snapshot(settings.Out!);
        File.WriteAllText(Path.Combine(settings.Out!, "lexicon/merged.tsv"), "edited\n");
        var progress = new RecordingProgress();
        LanguagePacks.Add(settings, progress);
        Assert.Equal(["merge-lexicon"], progress.Ran);
        Assert.Equal(before, TinyLanguage.Snapshot(settings.Out!));
    }

    [Fact]
    public void A_run_killed_mid_step_leaves_no_output_of_that_step_and_the_rerun_gives_the_uninterrupted_pack()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.Write(scratch);
        var crashing = LanguagePacks.DefaultSteps.Select(s => s.Name == "merge-lexicon" ? new CrashingStep(s) : s).ToList();
        Assert.Throws<IOException>(() => LanguagePacks.Add(settings, new RecordingProgress(), crashing));
        Assert.False(File.Exists(Path.Combine(settings.Out!, "lexicon/merged.tsv")));
        Assert.True(Directory.Exists(Path.Combine(settings.Out!, PackLayout.Staging, "merge-lexicon")));
        var progress = new RecordingProgress();
        LanguagePacks.Add(settings, progress);
        Assert.Equal(["inflection-model", "merge-lexicon", "synth-labelled", "synth-mono", "task-peers", "task-project"], progress.Ran);
        var resumed = TinyLanguage.Snapshot(settings.Out!);
        var fresh = settings with { Out = scratch.Path("fresh") };
        LanguagePacks.Add(fresh, new RecordingProgress());
        var uninterrupted = TinyLanguage.Snapshot(fresh.Out!);
        Assert.Equal(uninterrupted.Keys, resumed.Keys);
        Assert.All(uninterrupted.Keys.Where(k => k != PackLayout.Manifest), k => Assert.Equal(uninterrupted[k], resumed[k]));
        Assert.Equal(uninterrupted[PackLayout.Manifest].Replace(scratch.Path("fresh"), "", StringComparison.Ordinal),
            resumed[PackLayout.Manifest].Replace(scratch.Path("pack"), "", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_language_stops_the_run_before_any_work()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.Write(scratch) with { Language = "qqx" };
        var error = Assert.Throws<LangExpandException>(() => LanguagePacks.Add(settings, new RecordingProgress()));
        Assert.Equal(ErrorCode.UnknownLanguage, error.Code);
        Assert.False(Directory.Exists(settings.Out));
    }

    [Fact]
    public void A_broken_lexicon_line_stops_the_run_before_any_work_naming_the_file_and_line()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.Write(scratch);
        File.AppendAllText(settings.Lexicons[0], "lonely\n");
        var error = Assert.Throws<LangExpandException>(() => LanguagePacks.Add(settings, new RecordingProgress()));
        Assert.Equal(ErrorCode.MalformedLine, error.Code);
        Assert.Contains($"{settings.Lexicons[0]}:7", error.Message);
        Assert.False(Directory.Exists(settings.Out));
    }

    [Fact]
    public void A_missing_task_file_stops_the_run_before_any_work()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.Write(scratch) with { TaskData = [scratch.Path("nope.conllu")] };
        var error = Assert.Throws<LangExpandException>(() => LanguagePacks.Add(settings, new RecordingProgress()));
        Assert.Equal(ErrorCode.MissingInput, error.Code);
        Assert.Contains("nope.conllu", error.Message);
        Assert.False(Directory.Exists(settings.Out));
    }

    [Fact]
    public void A_directory_that_is_not_a_pack_is_never_written_into()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.Write(scratch);
        scratch.Write("pack/mine.txt", "user data");
        var error = Assert.Throws<LangExpandException>(() => LanguagePacks.Add(settings, new RecordingProgress()));
        Assert.Equal(ErrorCode.InvalidOption, error.Code);
        Assert.Equal(["mine.txt"], Directory.EnumerateFileSystemEntries(settings.Out!).Select(Path.GetFileName));
    }

    [Fact]
    public void An_unknown_force_step_is_refused()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.Write(scratch) with { Force = ["adapt"] };
        var error = Assert.Throws<LangExpandException>(() => LanguagePacks.Add(settings, new RecordingProgress()));
        Assert.Contains("merge-lexicon", error.Message);
    }

    /// <summary>Writes half an output into its staging directory, then dies like a killed process.</summary>
    private sealed class CrashingStep(IPipelineStep inner) : IPipelineStep
    {
        public string Name => inner.Name;

        public StepPlan? Plan(PackContext context) => inner.Plan(context);

        public StepOutcome Run(StepRun run)
        {
            File.WriteAllText(run.Output(MergeLexiconStep.Output), "source\ttar");
            throw new IOException("killed");
        }
    }
}
