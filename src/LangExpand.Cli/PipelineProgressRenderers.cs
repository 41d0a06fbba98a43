using System.Text.Json;
using LangExpand.Pipeline.Progress;
using Spectre.Console;

namespace LangExpand.Cli;

/// <summary>
/// Plain progress lines (one per step start and end, and the steps' messages through <see cref="ProgressLines"/>: in a log at
/// most one message every few seconds), for logs and redirected output.
/// </summary>
internal sealed class PlainPipelineProgress(TextWriter writer) : IPipelineProgress
{
    private readonly ProgressLines _lines = ProgressLines.Of(writer);
    private int _total;

    public void Warning(string message) => _lines.WriteNow($"warning: {message}");

    public void Started(IReadOnlyList<string> steps) => (_total, _) = (steps.Count, 0);

    public void StepStarted(int index, string step) => _lines.WriteNow($"[{index + 1}/{_total}] {step} ...");

    public void StepMessage(string step, string message) => _lines.Write($"  {step}: {message}");

    public void StepFinished(int index, string step, StepStatus status, double seconds) =>
        _lines.WriteNow($"[{index + 1}/{_total}] {step} {(status == StepStatus.Ran ? "done" : "unchanged, skipped")} ({seconds:0.0} s)");

    public void Finished(string packDirectory, double seconds) => _lines.WriteNow($"pack complete in {seconds:0.0} s");
}

/// <summary>One JSON object per line per event (<c>--json</c>), for machine logs.</summary>
internal sealed class JsonPipelineProgress(TextWriter writer) : IPipelineProgress
{
    public void Warning(string message) => Write(new { @event = "warning", message });

    public void Started(IReadOnlyList<string> steps) => Write(new { @event = "started", steps });

    public void StepStarted(int index, string step) => Write(new { @event = "step_started", index, step });

    public void StepMessage(string step, string message) => Write(new { @event = "step_message", step, message });

    public void StepFinished(int index, string step, StepStatus status, double seconds) =>
        Write(new { @event = "step_finished", index, step, status = status.ToString().ToLowerInvariant(), seconds = Math.Round(seconds, 3) });

    public void Finished(string packDirectory, double seconds) => Write(new { @event = "finished", pack = packDirectory, seconds = Math.Round(seconds, 3) });

    private void Write(object value)
    {
        lock (writer)
        {
            writer.WriteLine(JsonSerializer.Serialize(value));
        }
    }
}

/// <summary>A Spectre.Console progress bar over the steps (with ETA) and the running step's last message, on a terminal.</summary>
internal sealed class SpectrePipelineProgress(ProgressContext context, IAnsiConsole console) : IPipelineProgress
{
    private ProgressTask? _overall;

    public void Warning(string message) => console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(message)}");

    public void Started(IReadOnlyList<string> steps) => _overall = context.AddTask("add-language", maxValue: Math.Max(1, steps.Count));

    public void StepStarted(int index, string step) => _overall!.Description = step;

    public void StepMessage(string step, string message) => _overall!.Description = Markup.Escape($"{step}: {message}");

    public void StepFinished(int index, string step, StepStatus status, double seconds) => _overall!.Increment(1);

    public void Finished(string packDirectory, double seconds) => _overall!.Description = "done";

    /// <summary>Runs <paramref name="job"/> under a live progress display on stderr.</summary>
    public static T Run<T>(Func<IPipelineProgress, T> job)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context => job(new SpectrePipelineProgress(context, console)));
    }
}
