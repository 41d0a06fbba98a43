using System.CommandLine;
using LangExpand.Adaptation.Evaluation;
using LangExpand.Adaptation.Modeling;

namespace LangExpand.Cli.Commands;

/// <summary>
/// <c>langexpand adapt finetune</c>: fine-tune a token classifier (POS, NER) or, for JSONL input, a sequence classifier (intents)
/// and save it in Hugging Face layout.
/// </summary>
internal static class AdaptFinetuneCommand
{
    public static Command Create()
    {
        var defaults = new TaggingOptions();
        var model = CommonOptions.RequiredPath("--model", "Base model directory (Hugging Face layout, masked language model)");
        var train = CommonOptions.RequiredPath("--train", "Training file: CoNLL-U (UPOS), token/label TSV (BIO tags) or MASSIVE-style JSONL (intents)");
        var test = CommonOptions.RequiredPath("--test", "Test file in the same format");
        var output = CommonOptions.RequiredPath("--out", "Model directory to write (classifier weights, labels as id2label in config.json)");
        var steps = CommonOptions.AtLeast(new Option<int>("--steps") { Description = "Optimizer steps", DefaultValueFactory = _ => defaults.Steps }, 1);
        var batch = CommonOptions.AtLeast(new Option<int>("--batch") { Description = "Sentences or utterances per step", DefaultValueFactory = _ => defaults.BatchSize }, 1);
        var rate = new Option<double>("--lr") { Description = "Peak learning rate", DefaultValueFactory = _ => defaults.LearningRate };
        var features = new Option<bool>("--features") { Description = "CoNLL-U: predict UPOS and FEATS together (one UPOS|FEATS label per word; scored as UPOS and UFeats accuracy)" };
        var pooling = new Option<string>("--word-pooling") { Description = "How a word is read off its subwords: first (Hugging Face's convention) or mean", DefaultValueFactory = _ => defaults.WordPooling };
        pooling.AcceptOnlyFromAmong(EncoderConfig.FirstSubword, EncoderConfig.MeanOfSubwords);
        var json = CommonOptions.Json();
        var torch = new TorchOptions();
        var command = new Command("finetune", "Fine-tune token classification (POS from CoNLL-U, NER from BIO TSV; accuracy, span F1) or sequence classification (intents from .jsonl; accuracy, macro F1)") { model, train, test, output, steps, batch, rate, features, pooling, json };
        torch.AddTo(command);
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var device = torch.Prepare(parse);
            var directory = parse.GetValue(output)!;
            var options = new TaggingOptions { Steps = parse.GetValue(steps), BatchSize = parse.GetValue(batch), LearningRate = parse.GetValue(rate), Seed = parse.GetValue(torch.Seed),
                WithFeatures = parse.GetValue(features), WordPooling = parse.GetValue(pooling)! };
            var report = TaskFineTuning.Run(parse.GetValue(model)!, parse.GetValue(train)!, parse.GetValue(test)!, directory, options, device);
            stdout.WriteLine(parse.GetValue(json) ? report.ToJson(directory).ToJsonString() : $"{report.Summary} -> {directory}");
        }));
        return command;
    }
}
