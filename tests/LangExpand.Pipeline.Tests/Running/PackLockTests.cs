using System.Diagnostics;
using LangExpand.Core.Diagnostics;
using LangExpand.Pipeline.Running;
using LangExpand.Pipeline.Steps;
using LangExpand.TestKit;

namespace LangExpand.Pipeline.Tests.Running;

public sealed class PackLockTests
{
    [Fact]
    public void A_run_on_a_pack_whose_lock_is_held_is_refused_at_once_naming_the_lock_file_the_process_and_the_host()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.Write(scratch);
        var progress = new RecordingProgress();

        using (PackLock.Acquire(settings.Out!, _ => { }))
        {
            var error = Assert.Throws<LangExpandException>(() => LanguagePacks.Add(settings, progress));

            Assert.Equal(ErrorCode.PackInUse, error.Code);
            Assert.Contains(Path.Combine(Path.GetFullPath(settings.Out!), PackLayout.Lock), error.Message, StringComparison.Ordinal);
            Assert.Contains($"process {Environment.ProcessId} on host {Environment.MachineName}", error.Message, StringComparison.Ordinal);
            Assert.Contains("[LE1013]", error.Message, StringComparison.Ordinal);
            Assert.Empty(progress.Status);
        }
        LanguagePacks.Add(settings, progress);
        Assert.False(File.Exists(Path.Combine(settings.Out!, PackLayout.Lock)));
    }

    [Fact]
    public void A_stale_lock_of_a_process_that_is_gone_is_taken_over_with_a_warning_and_released_at_the_end()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.Write(scratch);
        scratch.Write("pack/.steps/.keep", "");
        scratch.Write("pack/.lock", $"pid={DeadProcessId()}\nhost={Environment.MachineName}\nstarted=0\n");
        var progress = new RecordingProgress();

        LanguagePacks.Add(settings, progress);

        Assert.Contains(progress.Warnings, w => w.Contains("taking over the stale lock", StringComparison.Ordinal));
        Assert.NotEmpty(progress.Ran);
        Assert.False(File.Exists(scratch.Path("pack/.lock")));
    }

    [Fact]
    public void A_lock_naming_this_process_with_another_start_time_is_stale_as_its_process_id_was_reused()
    {
        using var scratch = new ScratchDirectory();
        scratch.Write("pack/.lock", $"pid={Environment.ProcessId}\nhost={Environment.MachineName}\nstarted=1\n");
        var warnings = new List<string>();

        using (PackLock.Acquire(scratch.Path("pack"), warnings.Add))
        {
            Assert.Single(warnings);
            Assert.Contains($"pid={Environment.ProcessId}", File.ReadAllText(scratch.Path("pack/.lock")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_lock_held_on_another_host_is_not_taken_over()
    {
        using var scratch = new ScratchDirectory();
        scratch.Write("pack/.lock", $"pid={DeadProcessId()}\nhost=elsewhere.invalid\nstarted=0\n");

        var error = Assert.Throws<LangExpandException>(() => PackLock.Acquire(scratch.Path("pack"), _ => { }));

        Assert.Contains("on host elsewhere.invalid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lock_is_released_when_a_step_fails()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.Write(scratch);

        Assert.Throws<IOException>(() => LanguagePacks.Add(settings, new RecordingProgress(), [new FailingStep(new ImportLexiconsStep())]));

        Assert.False(File.Exists(scratch.Path("pack/.lock")));
        using var again = PackLock.Acquire(scratch.Path("pack"), _ => Assert.Fail("no stale lock expected"));
    }

    /// <summary>The id of a process that has just exited.</summary>
    private static int DeadProcessId()
    {
        using var process = Process.Start("true")!;
        process.WaitForExit();
        return process.Id;
    }

    private sealed class FailingStep(IPipelineStep inner) : IPipelineStep
    {
        public string Name => inner.Name;

        public StepPlan? Plan(PackContext context) => inner.Plan(context);

        public StepOutcome Run(StepRun run) => throw new IOException("disk full");
    }
}
