using LangExpand.Core.Diagnostics;
using LangExpand.Pipeline.Requests;
using LangExpand.TestKit;

namespace LangExpand.Pipeline.Tests.Requests;

/// <summary>Inputs that <see cref="RequestValidator"/> refuses before any step runs.</summary>
public sealed class RequestValidatorTests
{
    [Theory]
    [InlineData("task_data")]
    [InlineData("target_test")]
    [InlineData("target_dev")]
    public void An_empty_CoNLL_U_input_is_refused_before_any_step_naming_the_file(string field)
    {
        using var scratch = new ScratchDirectory();
        var empty = scratch.Write("empty.conllu", "");
        var settings = TinyLanguage.Write(scratch) with { NoAdapt = null }; // --target-dev is for the encoder steps
        settings = PackSettingsSchema.Find(field)!.With(settings, field == "task_data" ? new[] { empty } : empty);

        var error = Assert.Throws<LangExpandException>(() => LanguagePacks.Add(settings, new RecordingProgress()));

        Assert.Equal(ErrorCode.NotEnoughData, error.Code);
        Assert.Equal(empty, error.Location!.Value.Source);
        Assert.Contains("holds no sentence", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(settings.Out));
    }

    [Fact]
    public void The_same_file_as_target_test_and_target_dev_is_refused_so_nothing_is_chosen_on_the_test_file()
    {
        using var scratch = new ScratchDirectory();
        var gold = scratch.Write("gold.conllu", "1\tel\tel\tDET\t_\t_\t0\troot\t_\t_\n\n");
        var settings = TinyLanguage.Write(scratch) with { NoAdapt = null, TargetTest = gold, TargetDev = gold };

        var error = Assert.Throws<LangExpandException>(() => LanguagePacks.Add(settings, new RecordingProgress()));

        Assert.Equal(ErrorCode.InvalidOption, error.Code);
        Assert.Contains("--target-test and --target-dev are both", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(settings.Out));
    }
}
