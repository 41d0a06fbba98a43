using System.Text;
using LangExpand.Pipeline.Running;

namespace LangExpand.Pipeline.Steps;

/// <summary>
/// A step that adds its own section to <c>report.md</c>, after the built-in sections and before the step table (in step
/// order). <see cref="Pack.ReportWriter"/>'s <c>Table</c> and <c>Metrics</c> and <see cref="Pack.Plots"/> help to write it.
/// </summary>
public interface IReportingStep : IPipelineStep
{
    /// <summary>
    /// Appends the section (a <c>## </c> heading and its text) to <paramref name="text"/> and draws its plots under
    /// <c>plots/</c> of <paramref name="packDirectory"/>, from the run's <paramref name="results"/>; same results, same bytes.
    /// </summary>
    void AppendReport(StringBuilder text, string packDirectory, IReadOnlyList<StepResult> results);
}
