using LangExpand.Pipeline.Encoders.Steps;
using LangExpand.Pipeline.Steps;

namespace LangExpand.Pipeline.Encoders;

/// <summary>
/// The steps of <c>add-language</c> that need libtorch, for <see cref="LanguagePacks.Add"/>'s <c>steps</c>. To add one,
/// implement <see cref="IPipelineStep"/> here and insert it into <see cref="All"/> after the steps whose outputs it reads.
/// </summary>
public static class EncoderSteps
{
    /// <summary>The encoder steps, in the order they run after <see cref="LanguagePacks.DefaultSteps"/>.</summary>
    public static IReadOnlyList<IPipelineStep> All { get; } = [new BaseModelStep(), new ExtendVocabularyStep(), new AdaptMlmStep(), new EvaluateStep(), new TaskFineTuneStep(), new TaskDistilStep(), new TaskEvaluateStep()];

    /// <summary>The whole pipeline: <see cref="LanguagePacks.DefaultSteps"/> then <see cref="All"/>.</summary>
    public static IReadOnlyList<IPipelineStep> Pipeline { get; } = [.. LanguagePacks.DefaultSteps, .. All];
}
