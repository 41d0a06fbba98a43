using System.Text.Json;
using LangExpand.TestKit;

namespace LangExpand.Cli.Tests.Commands;

public sealed class InflectScoreBenchTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    [Fact]
    public void Score_prints_a_markdown_table_with_the_macro_average()
    {
        var gold = _scratch.Write("eng.dev", "walk\tV;PST\twalked\ntalk\tV;PST\ttalked\n");
        var predictions = _scratch.Write("eng.pred", "walk\tV;PST\twalked\ntalk\tV;PST\ttalkd\n");

        var (code, output, error) = CliRunner.Run("inflect", "score", "--gold", gold, "--pred", predictions);

        Assert.True(code == 0, error);
        Assert.Contains("| eng | 2 | 50.00 | 0.50 |", output);
        Assert.Contains("**Macro average**", output);
    }

    [Fact]
    public void Score_with_json_prints_numbers_a_machine_can_read()
    {
        var gold = _scratch.Write("eng.dev", "walk\tV;PST\twalked\n");
        var predictions = _scratch.Write("eng.pred", "walk\tV;PST\twalked\n");

        var (_, output, _) = CliRunner.Run("inflect", "score", "--gold", gold, "--pred", predictions, "--json");

        using var json = JsonDocument.Parse(output);
        Assert.Equal(100.0, json.RootElement.GetProperty("macroAccuracy").GetDouble());
    }

    [Fact]
    public void Score_rejects_a_covered_gold_file()
    {
        var gold = _scratch.Write("eng.covered.tst", "walk\tV;PST\n");

        var (code, _, error) = CliRunner.Run("inflect", "score", "--gold", gold, "--pred", gold);

        Assert.Equal(CliApplication.InputError, code);
        Assert.Contains($"{gold}:1", error);
    }

    [Theory]
    [InlineData("--confusion-rows")]
    [InlineData("--bundle-rows")]
    public void Score_refuses_a_negative_number_of_table_rows(string option)
    {
        var gold = _scratch.Write("eng.dev", "walk\tV;PST\twalked\n");

        var (code, _, error) = CliRunner.Run("inflect", "score", "--gold", gold, "--pred", gold, option, "-1");
        var (textCode, _, textError) = CliRunner.Run("inflect", "score", "--gold", gold, "--pred", gold, option, "abc");

        Assert.Equal(CliApplication.InputError, code);
        Assert.Contains($"{option} must be 0 or more", error);
        Assert.Equal(CliApplication.InputError, textCode);
        Assert.Contains("Cannot parse argument 'abc'", textError);
    }

    [Fact]
    public void Bench_trains_predicts_and_scores_every_language_and_writes_a_json_report()
    {
        var data = Directory.CreateDirectory(_scratch.Path("task")).FullName;
        foreach (var language in new[] { "aaa", "bbb" })
        {
            _scratch.Write($"task/{language}.trn", "walk\tV;PST\twalked\njump\tV;PST\tjumped\n");
            _scratch.Write($"task/{language}.dev", "talk\tV;PST\ttalked\n");
        }
        var report = _scratch.Path("report.json");

        var (code, output, error) = CliRunner.Run("inflect", "bench", "--data", data, "--split", "dev", "--report", report);

        Assert.True(code == 0, error);
        Assert.Contains("| aaa | 1 | 100.00 | 0.00 |", output);
        Assert.Contains("| bbb | 1 | 100.00 | 0.00 |", output);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal(2, json.RootElement.GetProperty("report").GetProperty("languages").GetArrayLength());
    }

    [SharedDataFact("sigmorphon2023", "deu.covered.tst")]
    public void Predicting_the_real_2023_covered_test_writes_three_columns_for_every_line()
    {
        var model = _scratch.Path("deu");
        var covered = SharedData.Path("sigmorphon2023", "deu.covered.tst");
        CliRunner.Run("inflect", "train", "--train", SharedData.Path("sigmorphon2023", "deu.trn"), "--model", "baseline", "--out", model);

        var (code, _, error) = CliRunner.Run("inflect", "predict", "--model", model, "--input", covered, "--out", _scratch.Path("deu.pred"));

        Assert.True(code == 0, error);
        var input = File.ReadAllLines(covered);
        var output = File.ReadAllLines(_scratch.Path("deu.pred"));
        Assert.Equal(input.Length, output.Length);
        Assert.All(input.Zip(output), pair => Assert.StartsWith(pair.First + "\t", pair.Second));
    }

    [SharedDataFact("conll2017", "task1", "albanian-covered-test")]
    public void Predicting_a_real_2017_covered_test_puts_forms_in_the_middle_column()
    {
        var model = _scratch.Path("sqi");
        var covered = SharedData.Path("conll2017", "task1", "albanian-covered-test");
        CliRunner.Run("inflect", "train", "--train", SharedData.Path("conll2017", "task1", "albanian-train-medium"), "--out", model);

        var (code, _, error) = CliRunner.Run("inflect", "predict", "--model", model, "--input", covered, "--out", _scratch.Path("sqi.pred"));

        Assert.True(code == 0, error);
        var input = File.ReadAllLines(covered).Select(l => l.Split('\t'));
        var output = File.ReadAllLines(_scratch.Path("sqi.pred")).Select(l => l.Split('\t'));
        Assert.All(input.Zip(output), pair =>
        {
            Assert.Equal([pair.First[0], pair.First[2]], new[] { pair.Second[0], pair.Second[2] });
            Assert.NotEqual("", pair.Second[1]);
        });
    }

    public void Dispose() => _scratch.Dispose();
}
