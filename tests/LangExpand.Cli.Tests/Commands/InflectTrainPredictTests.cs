using LangExpand.TestKit;

namespace LangExpand.Cli.Tests.Commands;

public sealed class InflectTrainPredictTests : IDisposable
{
    private const string Training2023 = "walk\tV;PST\twalked\nwalk\tV;PRS;3;SG\twalks\njump\tV;PST\tjumped\njump\tV;PRS;3;SG\tjumps\n";
    private readonly ScratchDirectory _scratch = new();

    [Fact]
    public void Train_then_predict_fills_the_forms_of_a_covered_2023_file_in_its_own_dialect()
    {
        var train = _scratch.Write("eng.trn", Training2023);
        var covered = _scratch.Write("eng.covered.tst", "talk\tV;PST\ntalk\tV;PRS;3;SG\ntalk\tN;PL\n");
        var model = _scratch.Path("model");

        Assert.Equal(0, CliRunner.Run("inflect", "train", "--train", train, "--model", "baseline", "--out", model).ExitCode);
        var (code, output, error) = CliRunner.Run("inflect", "predict", "--model", model, "--input", covered, "--out", _scratch.Path("eng.pred"));

        Assert.True(code == 0, error);
        Assert.Contains("predicted 3 forms", output);
        Assert.Equal("talk\tV;PST\ttalked\ntalk\tV;PRS;3;SG\ttalks\ntalk\tN;PL\ttalk\n", File.ReadAllText(_scratch.Path("eng.pred")));
    }

    [Fact]
    public void Predict_keeps_the_2017_layout_and_fills_the_empty_middle_column()
    {
        var train = _scratch.Write("english-train-low", "walk\twalked\tV;PST\njump\tjumped\tV;PST\n");
        var covered = _scratch.Write("english-covered-test", "talk\t\tV;PST\n");
        var model = _scratch.Path("model");

        CliRunner.Run("inflect", "train", "--train", train, "--out", model);
        var (code, _, error) = CliRunner.Run("inflect", "predict", "--model", model, "--input", covered, "--out", _scratch.Path("out"));

        Assert.True(code == 0, error);
        Assert.Equal("talk\ttalked\tV;PST\n", File.ReadAllText(_scratch.Path("out")));
    }

    [Fact]
    public void A_malformed_training_file_fails_with_one_line_naming_file_and_line_and_writes_no_model()
    {
        var train = _scratch.Write("bad.trn", "walk\tV;PST\twalked\njump\tV;;PST\tjumped\n");
        var model = _scratch.Path("model");

        var (code, output, error) = CliRunner.Run("inflect", "train", "--train", train, "--out", model);

        Assert.Equal(CliApplication.InputError, code);
        Assert.Equal("", output);
        Assert.StartsWith($"error: {train}:2:", error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.False(Directory.Exists(model));
    }

    [Fact]
    public void Predict_refuses_to_overwrite_its_own_input()
    {
        var train = _scratch.Write("eng.trn", Training2023);
        var covered = _scratch.Write("eng.covered.tst", "talk\tV;PST\n");
        CliRunner.Run("inflect", "train", "--train", train, "--out", _scratch.Path("model"));

        var (code, _, error) = CliRunner.Run("inflect", "predict", "--model", _scratch.Path("model"), "--input", covered, "--out", covered);

        Assert.Equal(CliApplication.InputError, code);
        Assert.Contains("would overwrite the input", error);
        Assert.Equal("talk\tV;PST\n", File.ReadAllText(covered));
    }

    [Fact]
    public void A_failed_prediction_leaves_no_output_file()
    {
        var train = _scratch.Write("eng.trn", Training2023);
        var broken = _scratch.Write("eng.covered.tst", "talk\tV;PST\n\u0000junk\n");
        CliRunner.Run("inflect", "train", "--train", train, "--out", _scratch.Path("model"));

        var (code, _, error) = CliRunner.Run("inflect", "predict", "--model", _scratch.Path("model"), "--input", broken, "--out", _scratch.Path("out"));

        Assert.Equal(CliApplication.InputError, code);
        Assert.Contains($"{broken}:2", error);
        Assert.Empty(Directory.GetFiles(_scratch.Root, "*out*"));
    }

    [Fact]
    public void A_covered_file_that_does_not_show_its_dialect_is_written_in_the_dialect_of_the_training_data()
    {
        var train = _scratch.Write("deu.trn", "walk\twalked\tV;PST\njump\tjumped\tV;PST\n");
        var covered = _scratch.Write("deu.tst", "talk\tV;PST\n");
        CliRunner.Run("inflect", "train", "--train", train, "--out", _scratch.Path("model"));

        var (code, _, error) = CliRunner.Run("inflect", "predict", "--model", _scratch.Path("model"), "--input", covered, "--out", _scratch.Path("out"));

        Assert.True(code == 0, error);
        Assert.Equal("talk\ttalked\tV;PST\n", File.ReadAllText(_scratch.Path("out")));
    }

    [Theory]
    [InlineData("--format", "2099", "unknown inflection data format")]
    [InlineData("--model", "nosuch", "nosuch")]
    public void Unknown_option_values_are_rejected_with_a_non_zero_exit(string option, string value, string message)
    {
        var train = _scratch.Write("eng.trn", Training2023);

        var (code, output, error) = CliRunner.Run("inflect", "train", "--train", train, "--out", _scratch.Path("m"), option, value);

        Assert.NotEqual(0, code);
        Assert.Contains(message, error + output);
    }

    [Fact]
    public void A_missing_required_option_is_a_usage_error()
    {
        var (code, _, error) = CliRunner.Run("inflect", "train", "--out", _scratch.Path("m"));

        Assert.NotEqual(0, code);
        Assert.Contains("--train", error);
    }

    [Fact]
    public void Loading_a_directory_that_is_not_a_model_fails_clearly()
    {
        var covered = _scratch.Write("eng.covered.tst", "talk\tV;PST\n");
        Directory.CreateDirectory(_scratch.Path("empty"));

        var (code, _, error) = CliRunner.Run("inflect", "predict", "--model", _scratch.Path("empty"), "--input", covered, "--out", _scratch.Path("o"));

        Assert.Equal(CliApplication.InputError, code);
        Assert.Contains("not a model directory", error);
    }

    [Fact]
    public void An_empty_path_is_refused_by_the_parser()
    {
        var train = _scratch.Write("eng.trn", "walk\tV;PST\twalked\n");

        var (code, _, error) = CliRunner.Run("inflect", "train", "--train", train, "--out", "");

        Assert.Equal(CliApplication.InputError, code);
        Assert.Contains("--out is empty", error);
    }

    [Fact]
    public void Training_into_a_path_that_is_a_file_fails_clearly_and_keeps_the_file()
    {
        var train = _scratch.Write("eng.trn", "walk\tV;PST\twalked\n");
        var existing = _scratch.Write("existing.txt", "keep me\n");

        var (code, _, error) = CliRunner.Run("inflect", "train", "--train", train, "--out", existing);

        Assert.Equal(CliApplication.InputError, code);
        Assert.Contains("it is a file", error);
        Assert.Equal("keep me\n", File.ReadAllText(existing));
    }

    [Fact]
    public void A_development_file_without_forms_is_refused_naming_it()
    {
        var train = _scratch.Write("eng.trn", "walk\tV;PST\twalked\n");
        var covered = _scratch.Write("eng.covered.tst", "talk\tV;PST\n");

        var (code, _, error) = CliRunner.Run("inflect", "train", "--train", train, "--dev", covered, "--model", "classifier", "--out", _scratch.Path("m"));

        Assert.NotEqual(0, code);
        Assert.Contains($"{covered}: the development file has no forms", error);
        Assert.False(Directory.Exists(_scratch.Path("m")));
    }

    [Fact]
    public void An_input_that_does_not_show_its_dialect_is_read_in_the_models_and_refused_when_the_model_does_not_say()
    {
        var train = _scratch.Write("deu.trn", "walk\tV;PST\twalked\n");
        var input = _scratch.Write("x.tst", "talk\tV;PST\n");
        Assert.Equal(0, CliRunner.Run("inflect", "train", "--train", train, "--out", _scratch.Path("m")).ExitCode);

        var (code, _, _) = CliRunner.Run("inflect", "predict", "--model", _scratch.Path("m"), "--input", input, "--out", _scratch.Path("first.pred"));
        File.WriteAllText(_scratch.Path("m", "metrics.json"), "{ not json");
        var (brokenCode, _, error) = CliRunner.Run("inflect", "predict", "--model", _scratch.Path("m"), "--input", input, "--out", _scratch.Path("second.pred"));

        Assert.Equal(0, code);
        Assert.Equal("talk\tV;PST\ttalked\n", File.ReadAllText(_scratch.Path("first.pred")));
        Assert.Equal(CliApplication.InputError, brokenCode);
        Assert.Contains("--format", error);
        Assert.False(File.Exists(_scratch.Path("second.pred")));
    }

    public void Dispose() => _scratch.Dispose();
}
