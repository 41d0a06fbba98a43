using LangExpand.Pipeline.Progress;

namespace LangExpand.Pipeline.Tests;

/// <summary>Remembers how each step ended.</summary>
internal sealed class RecordingProgress : IPipelineProgress
{
    public Dictionary<string, StepStatus> Status { get; } = [];

    public List<string> Warnings { get; } = [];

    public void Warning(string message) => Warnings.Add(message);

    public void Started(IReadOnlyList<string> steps) => Status.Clear();

    public void StepStarted(int index, string step)
    {
    }

    public void StepMessage(string step, string message)
    {
    }

    public void StepFinished(int index, string step, StepStatus status, double seconds) => Status[step] = status;

    public void Finished(string packDirectory, double seconds)
    {
    }

    public IEnumerable<string> Ran => Status.Where(s => s.Value == StepStatus.Ran).Select(s => s.Key).Order(StringComparer.Ordinal);
}
