using System.CommandLine;
using LangExpand.Adaptation.Evaluation;

namespace LangExpand.Cli.Commands;

/// <summary><c>langexpand adapt predict</c>: label a file with a classifier written by <c>adapt finetune</c>.</summary>
internal static class AdaptPredictCommand
{
    public static Command Create()
    {
        var model = CommonOptions.RequiredPath("--model", "Classifier directory written by 'adapt finetune'");
        var input = CommonOptions.RequiredPath("--in", "File to label: CoNLL-U (.conllu, UPOS), token TSV (labels optional) or MASSIVE-style JSONL (.jsonl, intent)");
        var output = CommonOptions.RequiredPath("--out", "File to write: the input with the predicted labels, everything else kept");
        var torch = new TorchOptions();
        var command = new Command("predict", "Label CoNLL-U UPOS, token/label TSV or JSONL intents with a fine-tuned classifier") { model, input, output };
        torch.AddTo(command);
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var device = torch.Prepare(parse);
            var target = parse.GetValue(output)!;
            var report = TaskPrediction.Run(parse.GetValue(model)!, parse.GetValue(input)!, target, device);
            stdout.WriteLine($"{report.Summary} -> {target}");
        }));
        return command;
    }
}
