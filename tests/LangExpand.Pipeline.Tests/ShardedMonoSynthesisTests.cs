using LangExpand.Core.Diagnostics;
using LangExpand.Pipeline.Running;
using LangExpand.Pipeline.Steps;
using LangExpand.Synthesis.Monolingual;
using LangExpand.TestKit;

namespace LangExpand.Pipeline.Tests;

public sealed class ShardedMonoSynthesisTests
{
    [Fact]
    public void Stop_before_runs_only_the_earlier_steps()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.Write(scratch);
        var progress = new RecordingProgress();
        LanguagePacks.Add(settings, progress, LanguagePacks.StepsBefore("synth-mono"));
        Assert.DoesNotContain("synth-mono", progress.Ran);
        Assert.Contains("merge-lexicon", progress.Ran);
        Assert.False(File.Exists(Path.Combine(settings.Out!, MonoSynthesisStep.Output)));
    }

    [Fact]
    public void Shards_concatenated_and_given_back_land_in_the_pack_byte_identical_to_an_unsharded_run()
    {
        using var whole = new ScratchDirectory();
        var unsharded = TinyLanguage.Write(whole);
        LanguagePacks.Add(unsharded, new RecordingProgress());
        var expected = File.ReadAllBytes(Path.Combine(unsharded.Out!, MonoSynthesisStep.Output));
        Assert.NotEmpty(expected);

        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.Write(scratch);
        LanguagePacks.Add(settings, new RecordingProgress(), LanguagePacks.StepsBefore("synth-mono"));
        var shards = Enumerable.Range(1, 3).Select(k => LanguagePacks.SynthesiseMonoShard(settings, new Shard(k, 3))).ToList();
        Assert.Equal(Path.Combine(settings.Out!, ".shards", "mono-2-of-3.txt"), shards[1]);
        var joined = scratch.Path("mono.txt");
        File.WriteAllBytes(joined, [.. shards.SelectMany(File.ReadAllBytes)]);

        var progress = new RecordingProgress();
        LanguagePacks.Add(settings with { MonoSynthetic = joined }, progress);
        Assert.Equal(["synth-mono", "task-peers", "task-project"], progress.Ran);
        Assert.Equal(expected, File.ReadAllBytes(Path.Combine(settings.Out!, MonoSynthesisStep.Output)));
        Assert.Contains($"sha256: {ContentHash.File(joined)}", File.ReadAllText(Path.Combine(settings.Out!, PackLayout.Manifest)));
        Assert.Contains(ContentHash.File(joined), File.ReadAllText(Path.Combine(settings.Out!, MonoSynthesisStep.Output + ".manifest.json")));

        var rerun = new RecordingProgress();
        LanguagePacks.Add(settings with { MonoSynthetic = joined }, rerun);
        Assert.Empty(rerun.Ran);
    }

    [Fact]
    public void A_shard_asked_for_with_other_options_than_the_earlier_steps_ran_with_is_refused()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.Write(scratch) with { HeldOut = 4 };
        LanguagePacks.Add(settings, new RecordingProgress(), LanguagePacks.StepsBefore("synth-mono"));

        var error = Assert.Throws<LangExpandException>(() => LanguagePacks.SynthesiseMonoShard(settings with { HeldOut = 2 }, new Shard(1, 2)));

        Assert.Equal(ErrorCode.InvalidOption, error.Code);
        Assert.Contains("the pack's hold-out step is not current", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(settings.Out!, LanguagePacks.ShardDirectory, "mono-1-of-2.txt")));
    }

    [Fact]
    public void A_shard_before_the_earlier_steps_ran_says_to_run_them_first()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.Write(scratch);
        var error = Assert.Throws<LangExpandException>(() => LanguagePacks.SynthesiseMonoShard(settings, new Shard(1, 2)));
        Assert.Equal(ErrorCode.MissingInput, error.Code);
        Assert.Contains("--stop-before synth-mono", error.Message);
    }

    [Fact]
    public void A_missing_pre_synthesised_file_stops_the_run_before_any_work()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.Write(scratch) with { MonoSynthetic = scratch.Path("absent.txt") };
        var error = Assert.Throws<LangExpandException>(() => LanguagePacks.Add(settings, new RecordingProgress()));
        Assert.Equal(ErrorCode.MissingInput, error.Code);
        Assert.Contains("--mono-synthetic", error.Message);
        Assert.False(Directory.Exists(settings.Out));
    }

    [Fact]
    public void An_unknown_stop_before_step_is_refused()
    {
        var error = Assert.Throws<LangExpandException>(() => LanguagePacks.StepsBefore("synth-everything"));
        Assert.Equal(ErrorCode.InvalidOption, error.Code);
    }
}
