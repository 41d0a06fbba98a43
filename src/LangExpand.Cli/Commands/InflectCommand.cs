using System.CommandLine;
using LangExpand.Evaluation;
using LangExpand.Evaluation.Inflection;
using LangExpand.Morphology;
using LangExpand.Morphology.Models;

namespace LangExpand.Cli.Commands;

/// <summary><c>langexpand inflect train|predict|score|bench</c>: SIGMORPHON-style morphological inflection.</summary>
internal static class InflectCommand
{
    public static Command Create()
    {
        var command = new Command("inflect", "Train, run and score morphological inflection models on UniMorph/SIGMORPHON data");
        command.Subcommands.Add(Train());
        command.Subcommands.Add(Predict());
        command.Subcommands.Add(Score());
        command.Subcommands.Add(BenchCommand.Create());
        command.Subcommands.Add(ImportApertiumCommand.Create());
        return command;
    }

    private static Command Train()
    {
        var train = CommonOptions.RequiredPath("--train", "Training file (any SIGMORPHON year or UniMorph)");
        var output = CommonOptions.RequiredPath("--out", "Model directory to write");
        var dev = new Option<string?>("--dev") { Description = "Development file with forms: scores the model; required by --model auto, which keeps the most accurate" };
        var model = ModelOption();
        var format = CommonOptions.Format();
        var neural = new NeuralOptions();
        var command = new Command("train", "Train an inflection model and save it as a model directory") { train, dev, output, model, format };
        neural.AddTo(command);
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var summary = InflectionTasks.Train(new TrainOptions(parse.GetValue(train)!, parse.GetValue(output)!, parse.GetValue(model)!,
                CommonOptions.ParseFormat(parse.GetValue(format)), parse.GetValue(dev), NeuralOptions.Involved(parse.GetValue(model)!) ? neural.Kinds(parse) : []));
            var scores = summary.DevAccuracy.Count == 0 ? "" : $"; dev accuracy {string.Join(", ", summary.DevAccuracy.Select(a => $"{a.Key} {a.Value:F2}"))}";
            stdout.WriteLine($"trained {summary.Model} on {summary.Examples} examples ({summary.Format.Name}) in {summary.Seconds:F2}s{scores} -> {parse.GetValue(output)}");
        }));
        return command;
    }

    private static Command Predict()
    {
        var model = CommonOptions.RequiredPath("--model", "Model directory written by 'inflect train'");
        var input = CommonOptions.RequiredPath("--input", "Lemmas and features (covered or full), any dialect");
        var output = CommonOptions.RequiredPath("--out", "Output file: the input's dialect with forms filled in");
        var format = CommonOptions.Format();
        var device = NeuralOptions.DeviceOption("Neural model: device to decode on");
        var command = new Command("predict", "Inflect every lemma of a file for its features") { model, input, output, format, device };
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var result = InflectionTasks.Predict(new PredictOptions(parse.GetValue(model)!, parse.GetValue(input)!, parse.GetValue(output)!,
                CommonOptions.ParseFormat(parse.GetValue(format)), NeuralOptions.Defaults(parse.GetValue(device)!)));
            stdout.WriteLine($"predicted {result.Records.Count} forms ({result.Format.Name}) -> {parse.GetValue(output)}");
        }));
        return command;
    }

    private static Command Score()
    {
        var gold = CommonOptions.RequiredPath("--gold", "Gold file with forms");
        var predictions = CommonOptions.RequiredPath("--pred", "Predictions file");
        var train = new Option<string?>("--train") { Description = "Training file, for the seen/unseen lemma and feature breakdown" };
        var format = CommonOptions.Format();
        var json = CommonOptions.Json();
        var nfc = CommonOptions.Nfc();
        var rows = CommonOptions.Count("--bundle-rows", "Rows of the per-feature-bundle error table (Markdown)", ScoreReport.DefaultBundleRows);
        var confusions = CommonOptions.Count("--confusion-rows", "Rows of the most-frequent-confusions table (Markdown)", ScoreReport.DefaultConfusionRows);
        var command = new Command("score", "Score predictions against gold forms (SIGMORPHON evalm semantics)") { gold, predictions, train, format, json, nfc, rows, confusions };
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var report = FileScoring.Score(new ScoreFilesOptions(parse.GetValue(gold)!, parse.GetValue(predictions)!, parse.GetValue(train),
                new ScoringOptions { NormalizeToNfc = parse.GetValue(nfc) }, CommonOptions.ParseFormat(parse.GetValue(format))));
            stdout.Write(parse.GetValue(json) ? report.ToJson() : report.ToMarkdown(parse.GetValue(rows), confusionRows: parse.GetValue(confusions)));
        }));
        return command;
    }

    /// <summary><c>--model</c>: which model to train.</summary>
    internal static Option<string> ModelOption()
    {
        var option = new Option<string>("--model")
        {
            Description = "Model to train: baseline, classifier, paradigm (the classifier with the lemma's known cells), neural, or auto (the most accurate on --dev; neural only with --with-neural)",
            DefaultValueFactory = _ => InflectionModels.Baseline,
        };
        option.AcceptOnlyFromAmong([.. InflectionModels.Names]);
        return option;
    }
}
