namespace LangExpand.Pipeline.Progress;

/// <summary>How a step ended in this run.</summary>
public enum StepStatus
{
    /// <summary>The step ran and its outputs were moved into the pack.</summary>
    Ran,

    /// <summary>The step's record showed the same inputs, options and outputs: nothing to do.</summary>
    Skipped,
}

/// <summary>
/// Receives the pipeline's progress. The library reports; the CLI renders (a progress bar with ETA on a terminal, plain
/// lines otherwise, JSON lines with <c>--json</c>). Calls come from the pipeline's thread, except <see cref="StepMessage"/>,
/// which a step may report from any thread.
/// </summary>
public interface IPipelineProgress
{
    /// <summary>Something the user should know that does not stop the run (such as a stale pack lock taken over).</summary>
    void Warning(string message);

    /// <summary>The run begins with these applicable steps, in order.</summary>
    void Started(IReadOnlyList<string> steps);

    /// <summary>Step <paramref name="index"/> (0-based) begins.</summary>
    void StepStarted(int index, string step);

    /// <summary>A free-text message from a running step.</summary>
    void StepMessage(string step, string message);

    /// <summary>A step ended.</summary>
    void StepFinished(int index, string step, StepStatus status, double seconds);

    /// <summary>The pack is complete.</summary>
    void Finished(string packDirectory, double seconds);
}
