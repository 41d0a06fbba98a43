using System.CommandLine;
using LangExpand.Adaptation.Pretraining;

namespace LangExpand.Cli.Commands;

/// <summary><c>langexpand pretrain</c>: a base encoder from scratch (own Unigram tokenizer, XLM-R-style MLM) in Hugging Face layout.</summary>
internal static class PretrainCommand
{
    public static Command Create()
    {
        var preset = new Option<string>("--preset") { Description = "Model size: tiny (seconds, tests) or small (4 layers, width 128; minutes)", DefaultValueFactory = _ => "small" };
        var corpus = new Option<string[]>("--corpus") { Description = "Training text: verse TSV, CES XML Bible or plain text (one sentence per line)", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = CommonOptions.RequiredPath("--out", "Model directory to write (config.json, model.safetensors, tokenizer files)");
        var steps = new Option<int?>("--steps") { Description = "Optimizer steps (the preset's default when omitted)" };
        var torch = new TorchOptions();
        var command = new Command("pretrain", "Pretrain a small multilingual encoder from text (no download), written in Hugging Face layout") { preset, corpus, output, steps };
        torch.AddTo(command);
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var device = torch.Prepare(parse);
            var chosen = PretrainPreset.Parse(parse.GetValue(preset)!);
            var options = Pretrainer.DefaultOptions(chosen, parse.GetValue(torch.Seed));
            options = parse.GetValue(steps) is { } count ? options with { Steps = count } : options;
            var result = Pretrainer.Run(parse.GetValue(corpus)!, parse.GetValue(output)!, chosen, device, options,
                new TrainingProgressWriter(parse.InvocationConfiguration.Error, "pretrain"));
            stdout.WriteLine($"pretrained {chosen.Name}: {result.Steps} steps, loss {result.FirstLoss:F3} → {result.LastLoss:F3}, {result.TokensPerSecond:F0} tokens/s ({result.TokensPerCpuSecond:F0} per CPU second) -> {parse.GetValue(output)}");
        }));
        return command;
    }
}
