using System.CommandLine;
using System.Globalization;
using LangExpand.Adaptation.Checkpoints;
using LangExpand.Adaptation.Evaluation;

namespace LangExpand.Cli.Commands;

/// <summary><c>langexpand adapt finetune</c>: fine-tune a token classifier (POS, NER) and save it in Hugging Face layout.</summary>
internal static class AdaptFinetuneCommand
{
    public static Command Create()
    {
        var defaults = new TaggingOptions();
        var model = CommonOptions.RequiredPath("--model", "Base model directory (Hugging Face layout, masked language model)");
        var train = CommonOptions.RequiredPath("--train", "Training file: CoNLL-U (UPOS) or token/label TSV (BIO tags)");
        var test = CommonOptions.RequiredPath("--test", "Test file in the same format");
        var output = CommonOptions.RequiredPath("--out", "Model directory to write (classifier weights, labels as id2label in config.json)");
        var steps = new Option<int>("--steps") { Description = "Optimizer steps", DefaultValueFactory = _ => defaults.Steps };
        var batch = new Option<int>("--batch") { Description = "Sentences per step", DefaultValueFactory = _ => defaults.BatchSize };
        var rate = new Option<double>("--lr") { Description = "Peak learning rate", DefaultValueFactory = _ => defaults.LearningRate };
        var json = CommonOptions.Json();
        var torch = new TorchOptions();
        var command = new Command("finetune", "Fine-tune token classification (POS from CoNLL-U, NER from BIO TSV); prints accuracy and span F1") { model, train, test, output, steps, batch, rate, json };
        torch.AddTo(command);
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var device = torch.Prepare(parse);
            var directory = parse.GetValue(output)!;
            EncoderCheckpoint.EnsureNoModel(directory);
            var trainSentences = TaggedData.Read(parse.GetValue(train)!);
            var testSentences = TaggedData.Read(parse.GetValue(test)!);
            var loaded = EncoderCheckpoint.LoadMaskedLm(parse.GetValue(model)!, device);
            var options = new TaggingOptions { Steps = parse.GetValue(steps), BatchSize = parse.GetValue(batch), LearningRate = parse.GetValue(rate), Seed = parse.GetValue(torch.Seed) };
            using var tagger = TokenTagger.Train(loaded, trainSentences, options, device);
            loaded.Model.Dispose();
            var score = TokenTagger.Score(tagger, loaded.Tokenizer, testSentences, device);
            EncoderCheckpoint.Save(directory, tagger, tagger.Encoder.Config, loaded.Tokenizer);
            if (parse.GetValue(json))
            {
                var report = score.ToJson();
                report["model"] = directory;
                report["labels"] = tagger.Encoder.Config.Labels!.Count;
                stdout.WriteLine(report.ToJsonString());
                return;
            }
            var f1 = score.SpanF1 is { } value ? string.Create(CultureInfo.InvariantCulture, $", span F1 {value:P1}") : "";
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fine-tuned {tagger.Encoder.Config.Labels!.Count} labels: accuracy {score.Accuracy:P1}{f1} over {score.Words} test words -> {directory}"));
        }));
        return command;
    }
}
