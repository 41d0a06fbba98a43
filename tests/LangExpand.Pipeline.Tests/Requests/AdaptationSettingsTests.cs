using LangExpand.Core.Diagnostics;
using LangExpand.TestKit;

namespace LangExpand.Pipeline.Tests.Requests;

/// <summary>The encoder settings that the Pipeline checks itself (no encoder code needed).</summary>
public sealed class AdaptationSettingsTests
{
    [Fact]
    public void An_encoder_option_given_with_no_adapt_is_refused_not_ignored()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.WriteWithAdaptation(scratch) with { NoAdapt = true, TargetUd = null };

        var error = Assert.Throws<LangExpandException>(() => LanguagePacks.Add(settings, new RecordingProgress()));

        Assert.Contains("--preset with --no-adapt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_dev_file_with_no_adapt_is_refused_because_only_the_task_model_reads_it()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.WithoutAdaptation(TinyLanguage.WriteWithAdaptation(scratch)) with { TargetDev = scratch.Path("spa-dev.conllu") };

        var error = Assert.Throws<LangExpandException>(() => LanguagePacks.Add(settings, new RecordingProgress()));

        Assert.Contains("--target-dev with --no-adapt", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(settings.Out));
    }
}
