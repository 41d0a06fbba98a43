using System.CommandLine;
using LangExpand.Adaptation.Training;

namespace LangExpand.Cli.Commands;

/// <summary><c>langexpand adapt mlm</c>: continued masked-language-model pretraining on target text.</summary>
internal static class AdaptMlmCommand
{
    public static Command Create()
    {
        var defaults = new MlmOptions();
        var model = CommonOptions.RequiredPath("--model", "Model directory (Hugging Face layout)");
        var text = new Option<string[]>("--text") { Description = "Target text: verse TSV, CES XML Bible or plain text", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = CommonOptions.RequiredPath("--out", "Model directory to write (checkpoints go under its checkpoints/)");
        var heldOut = CommonOptions.AtLeast(new Option<int>("--held-out-last") { Description = "Leave out the last N sentences (verses) of each text file, for adapt evaluate --held-out-last N", DefaultValueFactory = _ => 0 }, 0);
        var steps = new Option<int>("--steps") { Description = "Optimizer steps", DefaultValueFactory = _ => defaults.Steps };
        var batch = new Option<int>("--batch") { Description = "Sequences per micro-batch", DefaultValueFactory = _ => defaults.BatchSize };
        var accumulate = new Option<int>("--accumulate") { Description = "Micro-batches per optimizer step", DefaultValueFactory = _ => defaults.Accumulate };
        var rate = new Option<double>("--lr") { Description = "Peak learning rate", DefaultValueFactory = _ => defaults.LearningRate };
        var length = new Option<int>("--seq-len") { Description = "Longest sequence in tokens", DefaultValueFactory = _ => defaults.SequenceLength };
        var every = new Option<int>("--checkpoint-every") { Description = "Write a resumable checkpoint every N steps (0: none)", DefaultValueFactory = _ => 0 };
        var resume = new Option<string?>("--resume") { Description = "Checkpoint directory of an interrupted run with the same options to continue from" };
        var trainable = new Option<TrainableWeights>("--train")
        {
            Description = "Weights to train: all; embeddings (word embeddings and output bias, the body frozen); body (all but the word embeddings, which keep their aligned start)",
            DefaultValueFactory = _ => defaults.Trainable,
        };
        var parallelSource = new Option<string?>("--parallel-source")
        {
            Description = "Source-language Bible (verse TSV or CES XML): each --text Bible's verses are trained next to their translations (translation language modelling)",
        };
        var torch = new TorchOptions();
        var command = new Command("mlm", "Continue masked-language-model pretraining on target-language text") { model, text, heldOut, output, steps, batch, accumulate, rate, length, every, resume, trainable, parallelSource };
        torch.AddTo(command);
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var device = torch.Prepare(parse);
            var options = new MlmOptions
            {
                Steps = parse.GetValue(steps), BatchSize = parse.GetValue(batch), Accumulate = parse.GetValue(accumulate), LearningRate = parse.GetValue(rate),
                SequenceLength = parse.GetValue(length), CheckpointEvery = parse.GetValue(every), ResumeFrom = parse.GetValue(resume), Seed = parse.GetValue(torch.Seed),
                Trainable = parse.GetValue(trainable),
            };
            var result = ContinuedPretraining.Run(parse.GetValue(model)!, parse.GetValue(text)!, parse.GetValue(heldOut), parse.GetValue(output)!, options, device,
                new TrainingProgressWriter(parse.InvocationConfiguration.Error, "adapt mlm"), parse.GetValue(parallelSource));
            stdout.WriteLine($"adapted: {result.Steps} steps, loss {result.FirstLoss:F3} → {result.LastLoss:F3}, {result.TokensPerSecond:F0} tokens/s ({result.TokensPerCpuSecond:F0} per CPU second) -> {parse.GetValue(output)}");
        }));
        return command;
    }
}
