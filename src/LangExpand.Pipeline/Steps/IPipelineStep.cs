namespace LangExpand.Pipeline.Steps;

/// <summary>
/// One step of the language-pack pipeline. A step is planned first (<see cref="Plan"/>: which files it reads, which
/// options change its result, which pack paths it writes) and then, unless its record shows the same inputs, options and
/// outputs, run (<see cref="Run"/>) into a staging directory that the runner moves into the pack.
/// </summary>
public interface IPipelineStep
{
    /// <summary>The step's name: lower-case words joined by hyphens; names its record (<c>.steps/NAME.json</c>) and <c>--force NAME</c>.</summary>
    string Name { get; }

    /// <summary>
    /// What the step reads and writes for this request, or null when the step does not apply (say, no parallel text was
    /// given). Inputs are user files or pack paths written by earlier steps (<see cref="PackContext.Produces"/>).
    /// </summary>
    StepPlan? Plan(PackContext context);

    /// <summary>
    /// Does the work, writing exactly the planned outputs under <see cref="StepRun.Staging"/> (same relative paths as in
    /// the pack). Must be deterministic for the same inputs, options and seed, and must not write into the pack itself.
    /// </summary>
    StepOutcome Run(StepRun run);
}
