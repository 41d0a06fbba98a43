using System.Text.Json.Nodes;
using LangExpand.TestKit;

namespace LangExpand.Cli.Tests.Commands;

public sealed class AdaptFinetuneCommandTests
{
    private static readonly string[] Words = ["wake", "me", "up", "at", "five", "play", "some", "music", "now", "please"];

    internal static string TinyModel(ScratchDirectory scratch)
    {
        var corpus = scratch.Write("en.tsv", string.Concat(
            Enumerable.Range(1, 40).Select(v => $"b.GEN.1.{v}\t{string.Join(' ', Enumerable.Range(0, 6).Select(k => Words[(v * 3 + k * k) % Words.Length]))}\n")));
        var model = scratch.Path("model");
        var (exit, _, error) = CliRunner.Run("pretrain", "--preset", "tiny", "--corpus", corpus, "--out", model, "--steps", "2", "--threads", "1");
        Assert.True(exit == 0, error);
        return model;
    }

    internal static string Utterances(ScratchDirectory scratch, string name) => scratch.Write(name, string.Concat(Enumerable.Range(0, 12).Select(i => i % 2 == 0
        ? $"{{\"utt\": \"wake me up at five\", \"annot_utt\": \"wake me up at [time : five]\", \"intent\": \"alarm_set\", \"id\": {i}}}\n"
        : $"{{\"utt\": \"play some music\", \"annot_utt\": \"play some music\", \"intent\": \"play_music\", \"id\": {i}}}\n")));

    [Fact]
    public void Finetune_on_JSONL_trains_a_sequence_classifier_and_reports_intent_accuracy_as_JSON()
    {
        using var scratch = new ScratchDirectory();
        var model = TinyModel(scratch);
        var data = Utterances(scratch, "intents.jsonl");
        var classifier = scratch.Path("classifier");

        var (exit, output, error) = CliRunner.Run("adapt", "finetune", "--model", model, "--train", data, "--test", data, "--out", classifier,
            "--steps", "5", "--batch", "4", "--json", "--threads", "1");
        Assert.True(exit == 0, error);
        var json = JsonNode.Parse(output)!.AsObject();
        Assert.Equal("intent", json["task"]!.GetValue<string>());
        Assert.Equal(2, json["labels"]!.GetValue<int>());
        Assert.Equal(12, json["utterances"]!.GetValue<int>());
        Assert.InRange(json["accuracy"]!.GetValue<double>(), 0, 1);
        Assert.InRange(json["macro_f1"]!.GetValue<double>(), 0, 1);
        var config = File.ReadAllText(Path.Combine(classifier, "config.json"));
        Assert.Contains("XLMRobertaForSequenceClassification", config);
        Assert.Contains("\"alarm_set\"", config);
    }

    [Fact]
    public void A_JSONL_line_without_an_intent_fails_with_its_file_and_line()
    {
        using var scratch = new ScratchDirectory();
        var good = Utterances(scratch, "train.jsonl");
        var bad = scratch.Write("test.jsonl", "{\"utt\": \"hi\", \"annot_utt\": \"hi\", \"intent\": \"greet\"}\n{\"utt\": \"bye\", \"annot_utt\": \"bye\"}\n");

        var (exit, _, error) = CliRunner.Run("adapt", "finetune", "--model", scratch.Path("no-model"), "--train", good, "--test", bad, "--out", scratch.Path("out"));
        Assert.Equal(1, exit);
        Assert.Contains("test.jsonl:2", error);
        Assert.Contains("intent", error);
    }

    [Fact]
    public void Training_and_test_files_in_different_formats_are_refused()
    {
        using var scratch = new ScratchDirectory();
        var jsonl = Utterances(scratch, "train.jsonl");
        var tsv = scratch.Write("test.tsv", "god\tB-PER\n\n");

        var (exit, _, error) = CliRunner.Run("adapt", "finetune", "--model", scratch.Path("no-model"), "--train", jsonl, "--test", tsv, "--out", scratch.Path("out"));
        Assert.Equal(1, exit);
        Assert.Contains("different formats", error);
    }

    [Fact]
    public void Features_with_token_TSV_are_refused_rather_than_ignored()
    {
        using var scratch = new ScratchDirectory();
        var tsv = scratch.Write("train.tsv", "god\tB-PER\n\n");

        var (exit, _, error) = CliRunner.Run("adapt", "finetune", "--model", scratch.Path("no-model"), "--train", tsv, "--test", tsv, "--features", "--out", scratch.Path("out"));

        Assert.Equal(1, exit);
        Assert.StartsWith($"error: {tsv}: joint UPOS|FEATS labels are read from CoNLL-U only", error);
        Assert.False(Directory.Exists(scratch.Path("out")));
    }

    [Theory]
    [InlineData("train.conllu", "--train")]
    [InlineData("test.conllu", "--test")]
    [InlineData("test.jsonl", "--test")]
    public void An_empty_training_or_test_file_is_refused_naming_it(string name, string role)
    {
        using var scratch = new ScratchDirectory();
        var empty = scratch.Write(name, "");
        var data = name.EndsWith(".jsonl", StringComparison.Ordinal) ? Utterances(scratch, "data.jsonl")
            : scratch.Write("data.conllu", "1\tgod\tgod\tNOUN\t_\t_\t0\troot\t_\t_\n\n");
        var (train, test) = role == "--train" ? (empty, data) : (data, empty);

        var (exit, _, error) = CliRunner.Run("adapt", "finetune", "--model", scratch.Path("no-model"), "--train", train, "--test", test, "--out", scratch.Path("out"));

        Assert.Equal(1, exit);
        Assert.StartsWith($"error: {empty}: the file holds no example", error);
    }

    [Theory]
    [InlineData("--batch must be 1 or more", "finetune", "--batch", "0")]
    [InlineData("--steps must be 1 or more", "finetune", "--steps", "0")]
    [InlineData("positive learning rate", "finetune", "--lr", "NaN")]
    [InlineData("--threads must be 0 or more", "finetune", "--threads", "-1")]
    [InlineData("--pairs must be 1 or more", "evaluate", "--pairs", "0")]
    [InlineData("--pppl-sentences must be 0 or more", "evaluate", "--pppl-sentences", "-1")]
    [InlineData("--held-out-last must be 0 or more", "mlm", "--held-out-last", "-1")]
    [InlineData("--max-new must be 0 or more", "extend-vocab", "--max-new", "-1")]
    public void Numbers_out_of_range_are_refused_before_any_model_is_read(string message, string command, string option, string value)
    {
        using var scratch = new ScratchDirectory();
        var text = scratch.Write("es.tsv", "b.GEN.1.1\tuno dos\n");
        var jsonl = Utterances(scratch, "train.jsonl");
        string[] rest = command switch
        {
            "finetune" => ["--train", jsonl, "--test", jsonl, "--out", scratch.Path("out")],
            "evaluate" => ["--retrieval", text, text],
            _ => ["--text", text, "--out", scratch.Path("out")],
        };

        var (exit, _, error) = CliRunner.Run(["adapt", command, "--model", scratch.Path("no-model"), .. rest, option, value]);

        Assert.Equal(1, exit);
        Assert.Contains(message, error);
        Assert.False(Directory.Exists(scratch.Path("out")));
    }
}
