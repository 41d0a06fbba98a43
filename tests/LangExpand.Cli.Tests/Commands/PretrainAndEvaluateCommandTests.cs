using System.Text.Json.Nodes;
using LangExpand.TestKit;

namespace LangExpand.Cli.Tests.Commands;

public sealed class PretrainAndEvaluateCommandTests
{
    private static readonly string[] Words = ["in", "the", "beginning", "god", "created", "heaven", "and", "earth", "light", "was"];
    private static readonly string[] Palabras = ["en", "el", "principio", "dios", "creó", "cielos", "y", "tierra", "luz", "fue"];

    private static string Bible(ScratchDirectory scratch, string name, string[] words) => scratch.Write(name, string.Concat(
        Enumerable.Range(1, 60).Select(v => $"b.GEN.1.{v}\t{string.Join(' ', Enumerable.Range(0, 7).Select(k => words[(v * 3 + k * k) % words.Length]))}\n")));

    [Fact]
    public void Pretrain_tiny_writes_a_model_directory_that_evaluate_scores_as_JSON()
    {
        using var scratch = new ScratchDirectory();
        var english = Bible(scratch, "en.tsv", Words);
        var spanish = Bible(scratch, "es.tsv", Palabras);
        var model = scratch.Path("model");

        var (exit, output, error) = CliRunner.Run("pretrain", "--preset", "tiny", "--corpus", english, spanish, "--out", model, "--threads", "1");
        Assert.True(exit == 0, error);
        Assert.Contains("pretrained tiny", output);
        Assert.True(File.Exists(Path.Combine(model, "config.json")));
        Assert.True(File.Exists(Path.Combine(model, "model.safetensors")));
        Assert.True(File.Exists(Path.Combine(model, "sentencepiece.bpe.model")));

        (exit, output, error) = CliRunner.Run("adapt", "evaluate", "--model", model, "--retrieval", english, spanish, "--json", "--threads", "1");
        Assert.True(exit == 0, error);
        var json = JsonNode.Parse(output)!.AsObject();
        Assert.InRange(json["retrieval_top1"]!.GetValue<double>(), 0, 1);
        Assert.Equal(60, json["retrieval_pairs"]!.GetValue<int>());
        Assert.Null(json["pos_accuracy"]);
        Assert.True(json["pseudo_perplexity"]!.GetValue<double>() >= 1);

        var tagged = scratch.Write("ner.tsv", string.Concat(Enumerable.Range(0, 20).Select(i => $"god\tB-PER\ncreated\tO\n{Words[i % 3 + 5]}\tB-LOC\n\n")));
        var tagger = scratch.Path("tagger");
        (exit, output, error) = CliRunner.Run("adapt", "finetune", "--model", model, "--train", tagged, "--test", tagged, "--out", tagger, "--steps", "5", "--json", "--threads", "1");
        Assert.True(exit == 0, error);
        json = JsonNode.Parse(output)!.AsObject();
        Assert.Equal(3, json["labels"]!.GetValue<int>());
        Assert.InRange(json["span_f1"]!.GetValue<double>(), 0, 1);
        Assert.Contains("\"id2label\"", File.ReadAllText(Path.Combine(tagger, "config.json")));
    }

    [Fact]
    public void Pretraining_into_a_directory_holding_a_model_is_refused()
    {
        using var scratch = new ScratchDirectory();
        var english = Bible(scratch, "en.tsv", Words);
        var model = scratch.Path("model");
        Assert.Equal(0, CliRunner.Run("pretrain", "--preset", "tiny", "--corpus", english, "--out", model, "--steps", "1").ExitCode);
        var (exit, _, error) = CliRunner.Run("pretrain", "--preset", "tiny", "--corpus", english, "--out", model, "--steps", "1");
        Assert.Equal(1, exit);
        Assert.Contains("already holds a model", error);
    }
}
