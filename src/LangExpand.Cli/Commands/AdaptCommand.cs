using System.CommandLine;

namespace LangExpand.Cli.Commands;

/// <summary><c>langexpand adapt</c>: adapt a pretrained encoder to a new language and evaluate it.</summary>
internal static class AdaptCommand
{
    public static Command Create() => new("adapt", "Adapt a pretrained encoder (BERT / XLM-R layout) to a new language")
    {
        AdaptMlmCommand.Create(),
        AdaptExtendVocabCommand.Create(),
        AdaptFinetuneCommand.Create(),
        AdaptDistillCommand.Create(),
        AdaptPredictCommand.Create(),
        AdaptEvaluateCommand.Create(),
    };
}
