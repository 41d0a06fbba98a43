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
        Assert.Equal("token", json["task"]!.GetValue<string>());
        Assert.Equal(3, json["labels"]!.GetValue<int>());
        Assert.InRange(json["span_f1"]!.GetValue<double>(), 0, 1);
        Assert.Contains("\"id2label\"", File.ReadAllText(Path.Combine(tagger, "config.json")));
    }

    [Fact]
    public void Extend_vocab_and_mlm_with_a_parallel_source_keep_the_aligned_embeddings_when_training_the_body()
    {
        using var scratch = new ScratchDirectory();
        var english = Bible(scratch, "en.tsv", Words);
        var target = Bible(scratch, "xx.tsv", [.. Palabras.Select(p => p + "ko")]);
        var (baseModel, extended, adapted) = (scratch.Path("base"), scratch.Path("extended"), scratch.Path("adapted"));
        Assert.Equal(0, CliRunner.Run("pretrain", "--preset", "tiny", "--corpus", english, "--out", baseModel, "--steps", "2", "--threads", "1").ExitCode);

        var (exit, output, error) = CliRunner.Run("adapt", "extend-vocab", "--model", baseModel, "--text", target, "--parallel-source", english,
            "--held-out-last", "10", "--max-new", "20", "--out", extended);
        Assert.True(exit == 0, error);
        Assert.Contains("added", output);
        (exit, _, error) = CliRunner.Run("adapt", "mlm", "--model", extended, "--text", target, "--parallel-source", english, "--train", "body",
            "--held-out-last", "10", "--steps", "2", "--out", adapted, "--threads", "1");
        Assert.True(exit == 0, error);

        var embeddings = EncoderWeights(extended, "embeddings.word_embeddings.weight");
        Assert.Equal(embeddings, EncoderWeights(adapted, "embeddings.word_embeddings.weight"));
        Assert.NotEqual(EncoderWeights(extended, "encoder.layer.0.output.dense.weight"), EncoderWeights(adapted, "encoder.layer.0.output.dense.weight"));
    }

    private static float[] EncoderWeights(string model, string suffix)
    {
        var tensors = LangExpand.Torch.Safetensors.SafetensorsReader.Load(Path.Combine(model, "model.safetensors"));
        return tensors.Single(t => t.Key.EndsWith(suffix, StringComparison.Ordinal)).Value.data<float>().ToArray();
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
