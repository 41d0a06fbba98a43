using System.CommandLine;
using System.Globalization;
using LangExpand.Adaptation.Evaluation;

namespace LangExpand.Cli.Commands;

/// <summary><c>langexpand adapt evaluate</c>: retrieval top-1 and, optionally, POS accuracy of a model directory.</summary>
internal static class AdaptEvaluateCommand
{
    public static Command Create()
    {
        var model = CommonOptions.RequiredPath("--model", "Model directory (Hugging Face layout)");
        var retrieval = new Option<string[]>("--retrieval") { Description = "Source and target verse TSVs (pairs matched by verse id)", Required = true, Arity = new ArgumentArity(2, 2), AllowMultipleArgumentsPerToken = true };
        var pos = new Option<string[]>("--pos") { Description = "Training and test files (CoNLL-U UPOS, or token/label TSV) for a fine-tuned tagger", Arity = new ArgumentArity(2, 2), AllowMultipleArgumentsPerToken = true };
        var pairs = new Option<int>("--pairs") { Description = "Most verse pairs for retrieval", DefaultValueFactory = _ => 1000 };
        var posSteps = new Option<int>("--pos-steps") { Description = "Fine-tuning steps of the tagger", DefaultValueFactory = _ => new TaggingOptions().Steps };
        var json = CommonOptions.Json();
        var torch = new TorchOptions();
        var command = new Command("evaluate", "Evaluate a model: cross-lingual verse retrieval top-1 and POS accuracy after fine-tuning") { model, retrieval, pos, pairs, posSteps, json };
        torch.AddTo(command);
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var device = torch.Prepare(parse);
            var files = parse.GetValue(retrieval)!;
            var posFiles = parse.GetValue(pos);
            var report = AdaptationEvaluator.Evaluate(parse.GetValue(model)!, (files[0], files[1]), posFiles is { Length: 2 } ? (posFiles[0], posFiles[1]) : null, device,
                parse.GetValue(pairs), new TaggingOptions { Steps = parse.GetValue(posSteps), Seed = parse.GetValue(torch.Seed) });
            if (parse.GetValue(json))
            {
                stdout.WriteLine(report.ToJson().ToJsonString());
                return;
            }
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"retrieval top-1: {report.RetrievalTopOne:P1} over {report.RetrievalPairs} verse pairs"));
            if (report.PosAccuracy is { } accuracy)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"POS accuracy: {accuracy:P1}"));
            }
        }));
        return command;
    }
}
