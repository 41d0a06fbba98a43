namespace LangExpand.Cli.Tests;

public sealed class ProgressLinesTests
{
    [Fact]
    public void In_a_log_at_most_one_line_per_interval_is_written_and_the_last_line_held_back_is_written_by_flush()
    {
        var clock = new ManualClock();
        var log = new StringWriter();
        var lines = new ProgressLines(log, clock, ProgressLines.Interval);

        for (var step = 1; step <= 100; step++)
        {
            lines.Write($"step {step}/100");
            clock.Advance(TimeSpan.FromMilliseconds(200));
        }
        lines.Flush();

        Assert.Equal(["step 1/100", "step 26/100", "step 51/100", "step 76/100", "step 100/100"], Lines(log));
    }

    [Fact]
    public void A_line_that_marks_a_step_is_written_at_once_after_the_line_held_back()
    {
        var clock = new ManualClock();
        var log = new StringWriter();
        var lines = new ProgressLines(log, clock, ProgressLines.Interval);

        lines.Write("a: step 1");
        lines.Write("a: step 2");
        lines.WriteNow("a done");
        lines.WriteNow("b started");
        lines.Flush();

        Assert.Equal(["a: step 1", "a: step 2", "a done", "b started"], Lines(log));
    }

    [Fact]
    public void On_a_terminal_every_line_is_written()
    {
        var log = new StringWriter();
        var lines = new ProgressLines(log, new ManualClock(), TimeSpan.Zero);

        lines.Write("one");
        lines.Write("two");

        Assert.Equal(["one", "two"], Lines(log));
    }

    [Fact]
    public void A_commands_final_progress_line_is_written_when_it_ends()
    {
        var log = new StringWriter();
        var lines = ProgressLines.Of(log);

        lines.Write("first");
        lines.Write("last");
        ProgressLines.FlushOf(log);

        Assert.Equal(["first", "last"], Lines(log));
        Assert.Same(lines, ProgressLines.Of(log));
    }

    private static string[] Lines(StringWriter log) => log.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A clock that moves only when told.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
