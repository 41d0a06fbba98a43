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
        var retrieval = new Option<string[]>("--retrieval") { Description = "Source and target Bibles, verse TSV or CES XML (pairs matched by verse id)", Required = true, Arity = new ArgumentArity(2, 2), AllowMultipleArgumentsPerToken = true };
        var pos = new Option<string[]>("--pos") { Description = "Training and test files (CoNLL-U UPOS, or token/label TSV) for a fine-tuned tagger", Arity = new ArgumentArity(2, 2), AllowMultipleArgumentsPerToken = true };
        var pairs = CommonOptions.AtLeast(new Option<int>("--pairs") { Description = "Most verse pairs for retrieval", DefaultValueFactory = _ => 1000 }, 1);
        var heldOut = CommonOptions.AtLeast(new Option<int>("--held-out-last") { Description = "Retrieve (and score pseudo-perplexity on) the target's last N verses, the ones adapt mlm/extend-vocab --held-out-last N left out (0: --pairs evenly spaced verses)", DefaultValueFactory = _ => 0 }, 0);
        var perplexity = CommonOptions.AtLeast(new Option<int>("--pppl-sentences") { Description = "Most target verses of the retrieval pairs scored for pseudo-perplexity (0: none)", DefaultValueFactory = _ => new EvaluationOptions().PseudoPerplexitySentences }, 0);
        var posSteps = CommonOptions.AtLeast(new Option<int>("--pos-steps") { Description = "Fine-tuning steps of the tagger", DefaultValueFactory = _ => new TaggingOptions().Steps }, 1);
        var json = CommonOptions.Json();
        var torch = new TorchOptions();
        var command = new Command("evaluate", "Evaluate a model: cross-lingual verse retrieval top-1 and POS accuracy after fine-tuning") { model, retrieval, pos, pairs, heldOut, perplexity, posSteps, json };
        torch.AddTo(command);
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var device = torch.Prepare(parse);
            var files = parse.GetValue(retrieval)!;
            var posFiles = parse.GetValue(pos);
            var options = new EvaluationOptions
            {
                MaxPairs = parse.GetValue(pairs), HeldOutLast = parse.GetValue(heldOut), PseudoPerplexitySentences = parse.GetValue(perplexity),
                Tagging = new TaggingOptions { Steps = parse.GetValue(posSteps), Seed = parse.GetValue(torch.Seed) },
            };
            var report = AdaptationEvaluator.Evaluate(parse.GetValue(model)!, (files[0], files[1]), posFiles is { Length: 2 } ? (posFiles[0], posFiles[1]) : null, device, options);
            if (parse.GetValue(json))
            {
                stdout.WriteLine(report.ToJson().ToJsonString());
                return;
            }
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"retrieval top-1: {report.RetrievalTopOne:P1} over {report.RetrievalPairs} verse pairs"));
            if (report.PseudoPerplexity is { } value)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pseudo-perplexity: {value:F2}"));
            }
            if (report.PosAccuracy is { } accuracy)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"POS accuracy: {accuracy:P1}"));
            }
        }));
        return command;
    }
}
