using System.CommandLine;
using LangExpand.Adaptation.Distillation;

namespace LangExpand.Cli.Commands;

/// <summary><c>langexpand adapt distill</c>: a smaller student tagger learns a teacher tagger's soft labels over target text.</summary>
internal static class AdaptDistillCommand
{
    public static Command Create()
    {
        var defaults = new DistillOptions();
        var teacher = CommonOptions.RequiredPath("--teacher", "Teacher tagger directory (adapt finetune, or a pack's task/model)");
        var text = new Option<string[]>("--text") { Description = "Target-language text, one sentence or verse per line (repeat for several files)", Required = true };
        var test = new Option<string?>("--test") { Description = "Gold CoNLL-U (or token/label TSV) both models are scored on" };
        var output = CommonOptions.RequiredPath("--out", "Student model directory to write (Hugging Face layout, the teacher's tokenizer)");
        var layers = CommonOptions.AtLeast(new Option<int>("--student-layers") { Description = "Student transformer layers (0: half the teacher's)", DefaultValueFactory = _ => defaults.StudentLayers }, 0);
        var steps = CommonOptions.AtLeast(new Option<int>("--steps") { Description = "Optimizer steps", DefaultValueFactory = _ => defaults.Steps }, 1);
        var batch = CommonOptions.AtLeast(new Option<int>("--batch") { Description = "Sentences per step", DefaultValueFactory = _ => defaults.BatchSize }, 1);
        var rate = new Option<double>("--lr") { Description = "Peak learning rate", DefaultValueFactory = _ => defaults.LearningRate };
        var temperature = new Option<double>("--temperature") { Description = "Softmax temperature of the teacher's soft labels", DefaultValueFactory = _ => defaults.Temperature };
        var json = CommonOptions.Json();
        var torch = new TorchOptions();
        var command = new Command("distill", "Distil a token tagger into a student with fewer layers on target text; report parameters, CPU ms per sentence and accuracy of both")
        {
            teacher, text, test, output, layers, steps, batch, rate, temperature, json,
        };
        torch.AddTo(command);
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var device = torch.Prepare(parse);
            var options = defaults with
            {
                StudentLayers = parse.GetValue(layers), Steps = parse.GetValue(steps), BatchSize = parse.GetValue(batch), LearningRate = parse.GetValue(rate),
                Temperature = parse.GetValue(temperature), Seed = parse.GetValue(torch.Seed),
            };
            var report = TaggerDistiller.Run(parse.GetValue(teacher)!, parse.GetValue(text)!, parse.GetValue(test), parse.GetValue(output)!, options, device);
            stdout.WriteLine(parse.GetValue(json) ? report.ToJson().ToJsonString() : $"{report.Summary} -> {parse.GetValue(output)}");
        }));
        return command;
    }
}
