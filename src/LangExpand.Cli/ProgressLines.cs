using System.Runtime.CompilerServices;

namespace LangExpand.Cli;

/// <summary>
/// The one throttle of progress lines on standard error. On a terminal every line is written; when stderr is redirected (a
/// log file, a pipe, a scheduler's output), at most one line per <see cref="Interval"/> is, and the latest line held back
/// is written by <see cref="Flush"/>: before the next line that is always written (a step starting or ending) and when the
/// command ends, so that the final line is never lost. Every progress source of a command shares its writer's throttle.
/// </summary>
internal sealed class ProgressLines(TextWriter writer, TimeProvider clock, TimeSpan interval)
{
    /// <summary>The least time between two progress lines in a log.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private static readonly ConditionalWeakTable<TextWriter, ProgressLines> ByWriter = [];
    private readonly Lock _gate = new();
    private long? _lastWritten;
    private string? _held;

    /// <summary>The throttle of <paramref name="error"/>: a pass-through on an interactive terminal, else one line per <see cref="Interval"/>.</summary>
    public static ProgressLines Of(TextWriter error) => ByWriter.GetValue(error, writer =>
        new ProgressLines(writer, TimeProvider.System, ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected ? TimeSpan.Zero : Interval));

    /// <summary>Writes the line held back on <paramref name="error"/>, if its throttle exists and holds one (called when a command ends).</summary>
    public static void FlushOf(TextWriter error)
    {
        if (ByWriter.TryGetValue(error, out var lines))
        {
            lines.Flush();
        }
    }

    /// <summary>Writes <paramref name="line"/> if the interval since the last written line has passed, else holds it back (replacing any held line).</summary>
    public void Write(string line)
    {
        lock (_gate)
        {
            var now = clock.GetTimestamp();
            if (_lastWritten is { } last && clock.GetElapsedTime(last, now) < interval)
            {
                _held = line;
                return;
            }
            (_held, _lastWritten) = (null, now);
            writer.WriteLine(line);
        }
    }

    /// <summary>Writes the line held back, if any.</summary>
    public void Flush()
    {
        lock (_gate)
        {
            WriteHeld();
        }
    }

    /// <summary>Writes the held line, then <paramref name="line"/>, unthrottled (for lines that mark a step's start or end).</summary>
    public void WriteNow(string line)
    {
        lock (_gate)
        {
            WriteHeld();
            writer.WriteLine(line);
        }
    }

    private void WriteHeld()
    {
        if (_held is { } line)
        {
            (_held, _lastWritten) = (null, clock.GetTimestamp());
            writer.WriteLine(line);
        }
    }
}
