using System.Text.Json;
using LangExpand.TestKit;

namespace LangExpand.Cli.Tests.Commands;

/// <summary><c>--model classifier|auto|neural</c> and <c>--dev</c> on <c>inflect train</c> and <c>inflect bench</c>, and score's error analysis.</summary>
public sealed class InflectModelChoiceTests : IDisposable
{
    private const string Training = "walk\tV;PST\twalked\njump\tV;PST\tjumped\nplay\tV;PST\tplayed\n";

    // A bundle training never saw: the baseline copies the lemma, the classifier borrows the nearest bundle's trees.
    private const string Development = "talk\tV;PST;1;SG\ttalked\nlook\tV;PST;1;SG\tlooked\n";

    private readonly ScratchDirectory _scratch = new();

    [Fact]
    public void Train_with_model_auto_and_dev_keeps_the_more_accurate_model_and_records_the_choice()
    {
        var train = _scratch.Write("eng.trn", Training);
        var dev = _scratch.Write("eng.dev", Development);
        var model = _scratch.Path("model");

        var (code, output, error) = CliRunner.Run("inflect", "train", "--train", train, "--dev", dev, "--model", "auto", "--out", model);

        Assert.True(code == 0, error);
        Assert.Contains("trained classifier on 3 examples", output);
        Assert.Contains("dev accuracy baseline 0.00, classifier 100.00", output);
        using var metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(model, "metrics.json")));
        Assert.Equal("auto", metrics.RootElement.GetProperty("model").GetString());
        Assert.Equal("classifier", metrics.RootElement.GetProperty("selected_model").GetString());
        Assert.Equal(100.0, metrics.RootElement.GetProperty("dev_accuracy").GetProperty("classifier").GetDouble());
        Assert.Equal(0.0, metrics.RootElement.GetProperty("dev_accuracy").GetProperty("baseline").GetDouble());
    }

    [Fact]
    public void A_classifier_model_trains_saves_and_predicts_through_the_command_line()
    {
        var train = _scratch.Write("eng.trn", Training);
        var covered = _scratch.Write("eng.covered.tst", "talk\tV;PST\nlook\tV;PST;3;SG\n");
        var model = _scratch.Path("model");

        Assert.Equal(0, CliRunner.Run("inflect", "train", "--train", train, "--model", "classifier", "--out", model).ExitCode);
        var (code, _, error) = CliRunner.Run("inflect", "predict", "--model", model, "--input", covered, "--out", _scratch.Path("eng.pred"));

        Assert.True(code == 0, error);
        Assert.Equal("talk\tV;PST\ttalked\nlook\tV;PST;3;SG\tlooked\n", File.ReadAllText(_scratch.Path("eng.pred")));
    }

    [Theory]
    [InlineData("no development data was given", "--model", "auto")]
    [InlineData("max_steps 0 is not positive", "--model", "neural", "--max-steps", "0")]
    [InlineData("max_minutes -1 is not positive", "--model", "neural", "--max-minutes", "-1")]
    [InlineData("--config and --preset were both given", "--model", "neural", "--preset", "cpu", "--config", "x.yaml")]
    public void Models_that_cannot_be_trained_fail_with_one_line_and_write_no_model(string message, params string[] options)
    {
        var train = _scratch.Write("eng.trn", Training);

        var (code, output, error) = CliRunner.Run(["inflect", "train", "--train", train, .. options, "--out", _scratch.Path("model")]);

        Assert.Equal(CliApplication.InputError, code);
        Assert.Equal("", output);
        Assert.Contains(message, error);
        Assert.Contains("[LE1009]", error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.False(Directory.Exists(_scratch.Path("model")));
    }

    [Fact]
    public void A_neural_model_trains_from_a_yaml_config_saves_and_predicts_through_the_command_line()
    {
        var train = _scratch.Write("eng.trn", Training);
        var config = _scratch.Write("tiny.yaml", "encoder_layers: 1\ndecoder_layers: 1\nmodel_size: 16\nfeed_forward_size: 32\nheads: 2\nmax_steps: 4\neval_every: 2\nhallucinate: 10\nbeam_width: 2\n");
        var model = _scratch.Path("model");

        var (code, output, error) = CliRunner.Run("inflect", "train", "--train", train, "--dev", _scratch.Write("eng.dev", Development), "--model", "neural",
            "--config", config, "--device", "cpu", "--threads", "1", "--seed", "3", "--out", model);

        Assert.True(code == 0, error);
        Assert.Contains("trained neural on 3 examples", output);
        Assert.Contains("step 4: eval accuracy", error);
        Assert.True(File.Exists(Path.Combine(model, "model.safetensors")) && File.Exists(Path.Combine(model, "config.yaml")));
        var (predictCode, _, predictError) = CliRunner.Run("inflect", "predict", "--model", model, "--input", _scratch.Write("eng.covered.tst", "talk\tV;PST\n"), "--out", _scratch.Path("eng.pred"));
        Assert.True(predictCode == 0, predictError);
        Assert.StartsWith("talk\tV;PST\t", File.ReadAllText(_scratch.Path("eng.pred")));
    }

    [Fact]
    public void Auto_with_neural_also_trains_the_neural_model_and_records_its_dev_accuracy()
    {
        var train = _scratch.Write("eng.trn", Training);
        var config = _scratch.Write("tiny.yaml", "encoder_layers: 1\ndecoder_layers: 1\nmodel_size: 16\nfeed_forward_size: 32\nheads: 2\nmax_steps: 2\nhallucinate: 0\nbeam_width: 1\n");

        var (code, output, error) = CliRunner.Run("inflect", "train", "--train", train, "--dev", _scratch.Write("eng.dev", Development), "--model", "auto", "--with-neural",
            "--config", config, "--device", "cpu", "--threads", "1", "--out", _scratch.Path("model"));

        Assert.True(code == 0, error);
        Assert.Contains("trained classifier on 3 examples", output);
        Assert.Contains("classifier 100.00, paradigm 100.00, neural 0.00, gated", output);
    }

    [Fact]
    public void Bench_with_model_auto_chooses_per_language_on_its_dev_file_and_reports_the_choice()
    {
        _scratch.Write("task/aaa.trn", Training);
        _scratch.Write("task/aaa.dev", Development);
        _scratch.Write("task/bbb.trn", Training);
        _scratch.Write("task/bbb.dev", "talk\tV;PST\ttalked\n");
        var report = _scratch.Path("report.json");

        var (code, output, error) = CliRunner.Run("inflect", "bench", "--data", _scratch.Path("task"), "--model", "auto", "--report", report);

        Assert.True(code == 0, error);
        Assert.Contains("Models selected on dev: aaa classifier, bbb baseline", output);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal("classifier", json.RootElement.GetProperty("models").GetProperty("aaa").GetString());
    }

    [Fact]
    public void Bench_with_model_auto_and_with_neural_considers_the_configured_neural_model_for_each_language()
    {
        _scratch.Write("task/aaa.trn", Training);
        _scratch.Write("task/aaa.dev", Development);
        var config = _scratch.Write("tiny.yaml", "encoder_layers: 1\ndecoder_layers: 1\nmodel_size: 16\nfeed_forward_size: 32\nheads: 2\nmax_steps: 2\nhallucinate: 0\nbeam_width: 1\n");
        var report = _scratch.Path("report.json");

        var (code, output, error) = CliRunner.Run("inflect", "bench", "--data", _scratch.Path("task"), "--model", "auto", "--with-neural",
            "--config", config, "--device", "cpu", "--threads", "1", "--report", report);

        Assert.True(code == 0, error);
        Assert.Contains("step 2: eval accuracy", error);
        Assert.Contains("Models selected on dev: aaa classifier", output);
    }

    [Fact]
    public void With_neural_false_keeps_the_neural_model_out_of_auto()
    {
        var train = _scratch.Write("eng.trn", Training);

        var (code, output, error) = CliRunner.Run("inflect", "train", "--train", train, "--dev", _scratch.Write("eng.dev", Development), "--model", "auto",
            "--with-neural", "false", "--out", _scratch.Path("model"));

        Assert.True(code == 0, error);
        Assert.DoesNotContain("neural", output);
    }

    [Fact]
    public void Bench_has_no_checkpoint_option_because_it_trains_one_model_per_language()
    {
        _scratch.Write("task/aaa.trn", Training);
        _scratch.Write("task/aaa.dev", Development);

        var (code, _, error) = CliRunner.Run("inflect", "bench", "--data", _scratch.Path("task"), "--model", "neural", "--checkpoint", _scratch.Path("ckpt"));

        Assert.NotEqual(0, code);
        Assert.Contains("--checkpoint", error);
    }

    [Fact]
    public void Score_lists_the_most_frequent_confusions_and_the_seen_and_unseen_feature_margins()
    {
        var gold = _scratch.Write("deu.dev", "Vater\tN;PL\tVäter\nMantel\tN;PL\tMäntel\nHund\tN;PL\tHunde\nTag\tV;PST\tTage\n");
        var predictions = _scratch.Write("deu.pred", "Vater\tN;PL\tVater\nMantel\tN;PL\tMantel\nHund\tN;PL\tHund\nTag\tV;PST\tTage\n");
        var train = _scratch.Write("deu.trn", "Garten\tN;PL\tGärten\n");

        var (code, output, error) = CliRunner.Run("inflect", "score", "--gold", gold, "--pred", predictions, "--train", train);

        Assert.True(code == 0, error);
        Assert.Contains("### deu: most frequent confusions (2 of 2)", output);
        Assert.Contains("| ä | a | 2 | Väter → Vater |", output);
        Assert.Contains("| e | ∅ | 1 | Hunde → Hund |", output);
        Assert.Contains("| features seen (any lemma) | 3 | 0.00 |", output);
        Assert.Contains("| features unseen (any lemma) | 1 | 100.00 |", output);
    }

    public void Dispose() => _scratch.Dispose();
}
