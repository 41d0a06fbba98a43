using LangExpand.Core.Diagnostics;
using LangExpand.Pipeline.Tests;
using LangExpand.TestKit;

namespace LangExpand.Pipeline.Encoders.Tests;

/// <summary>The encoder steps joined to the torch-free ones, and their checks before any work (no training).</summary>
public sealed class EncoderStepsTests
{
    [Fact]
    public void The_whole_pipeline_is_the_torch_free_steps_then_the_encoder_steps_in_order()
    {
        Assert.Equal(
            ["import-lexicons", "inflection-data", "parallel-text", "hold-out", "induce-lexicon", "merge-lexicon", "inflection-model", "synth-labelled", "synth-mono", "task-project", "task-peers",
                "base-model", "extend-vocab", "adapt-mlm", "evaluate", "task-finetune", "task-distil", "task-evaluate"],
            EncoderSteps.Pipeline.Select(s => s.Name));
        Assert.Equal(LanguagePacks.DefaultSteps, EncoderSteps.Pipeline.Take(LanguagePacks.DefaultSteps.Count));
    }

    [Fact]
    public void Stop_before_and_force_accept_encoder_steps_only_when_they_are_in_the_list()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.Write(scratch) with { Force = ["adapt-mlm"] };

        Assert.Equal(LanguagePacks.DefaultSteps, LanguagePacks.StepsBefore("base-model", EncoderSteps.Pipeline));
        Assert.Throws<LangExpandException>(() => LanguagePacks.StepsBefore("base-model"));
        var error = Assert.Throws<LangExpandException>(() => LanguagePacks.Add(settings, new RecordingProgress()));
        Assert.Contains("--force adapt-mlm: no such step", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_base_model_that_is_not_a_directory_or_a_missing_target_UD_file_is_refused_before_any_work()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.WriteWithAdaptation(scratch);

        var model = Assert.Throws<LangExpandException>(() => LanguagePacks.Add(settings with { BaseModel = settings.Lexicons[0] }, new RecordingProgress(), EncoderSteps.Pipeline));
        var ud = Assert.Throws<LangExpandException>(() => LanguagePacks.Add(settings with { TargetUd = scratch.Path("none.conllu") }, new RecordingProgress(), EncoderSteps.Pipeline));

        Assert.Equal((ErrorCode.MissingInput, ErrorCode.MissingInput), (model.Code, ud.Code));
        Assert.Contains("is not a directory", model.Message, StringComparison.Ordinal);
        Assert.Contains("--target-ud", ud.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(settings.Out));
    }

    [Theory]
    [InlineData("cuda:99", ErrorCode.TorchUnavailable)]
    [InlineData("gpu", ErrorCode.InvalidOption)]
    public void A_device_that_is_not_there_or_not_known_is_refused_before_any_work(string device, ErrorCode code)
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.WriteWithAdaptation(scratch) with { Device = device };

        var error = Assert.Throws<LangExpandException>(() => LanguagePacks.Add(settings, new RecordingProgress(), EncoderSteps.Pipeline));

        Assert.Equal(code, error.Code);
        Assert.Contains(device, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(settings.Out));
    }

    [Fact]
    public void A_run_that_stops_before_the_encoder_steps_still_checks_their_inputs_first()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.WriteWithAdaptation(scratch) with { TargetUd = scratch.Path("none.conllu") };

        var error = Assert.Throws<LangExpandException>(() => LanguagePacks.Add(settings, new RecordingProgress(), EncoderSteps.Pipeline, stopBefore: "synth-mono"));

        Assert.Contains("--target-ud", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(settings.Out));
        var progress = new RecordingProgress();
        LanguagePacks.Add(settings with { TargetUd = null }, progress, EncoderSteps.Pipeline, stopBefore: "synth-mono");
        Assert.DoesNotContain("synth-mono", progress.Status.Keys);
        Assert.Contains("inflection-model", progress.Status.Keys);
    }
}
