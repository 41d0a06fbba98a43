namespace LangExpand.Pipeline.Steps;

/// <summary>Everything a step's <see cref="IPipelineStep.Run"/> needs.</summary>
/// <param name="Context">The validated request and the pack.</param>
/// <param name="Plan">The step's plan for this run.</param>
/// <param name="Staging">The step's empty staging directory: write outputs here at their pack-relative paths.</param>
/// <param name="Progress">Free-text progress messages (shown on the step's line).</param>
public sealed record StepRun(PackContext Context, StepPlan Plan, string Staging, IProgress<string> Progress)
{
    /// <summary>The absolute path to read the input named <paramref name="name"/> from.</summary>
    public string Input(string name)
    {
        var input = Plan.Inputs.FirstOrDefault(i => i.Name == name) ?? throw new ArgumentException($"the plan has no input named {name}", nameof(name));
        return input.InPack ? Context.PackPath(input.Path) : input.Path;
    }

    /// <summary>The absolute path of the input named <paramref name="name"/>, or null when the plan has none (an optional input).</summary>
    public string? OptionalInput(string name) => Plan.Inputs.Any(i => i.Name == name) ? Input(name) : null;

    /// <summary>The staging path of the pack-relative output <paramref name="relativePath"/>; its directory is created.</summary>
    public string Output(string relativePath)
    {
        var path = Path.Combine(Staging, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
