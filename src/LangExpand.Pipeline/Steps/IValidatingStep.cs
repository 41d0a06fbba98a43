using LangExpand.Pipeline.Requests;

namespace LangExpand.Pipeline.Steps;

/// <summary>
/// A step that checks its own inputs and settings before any step runs (<see cref="RequestValidator"/> calls it after the
/// cross-input checks), so that a bad input stops the run at once instead of after the steps before this one.
/// </summary>
public interface IValidatingStep : IPipelineStep
{
    /// <summary>Throws a <see cref="Core.Diagnostics.LangExpandException"/> naming the option or file when <paramref name="request"/> cannot work for this step.</summary>
    void Validate(PackRequest request);
}
