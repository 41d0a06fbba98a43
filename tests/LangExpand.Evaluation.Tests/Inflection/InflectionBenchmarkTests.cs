using LangExpand.Core.Diagnostics;
using LangExpand.Evaluation.Inflection;
using LangExpand.TestKit;

namespace LangExpand.Evaluation.Tests.Inflection;

public sealed class InflectionBenchmarkTests : IDisposable
{
    /// <summary>Dev accuracies of the official SIGMORPHON 2023 non-neural baseline (nonneural.py), from the shared task.</summary>
    private static readonly Dictionary<string, double> Reference2023 = new()
    {
        ["afb"] = 36.9, ["amh"] = 55.6, ["arz"] = 73.4, ["bel"] = 68.3, ["dan"] = 86.5, ["deu"] = 77.4, ["eng"] = 95.4,
        ["fin"] = 83.2, ["fra"] = 88.6, ["grc"] = 54.2, ["heb"] = 28.1, ["heb_unvoc"] = 56.7, ["hun"] = 74.6, ["hye"] = 86.0,
        ["ita"] = 82.0, ["jap"] = 59.7, ["kat"] = 77.7, ["klr"] = 49.2, ["mkd"] = 88.0, ["nav"] = 35.7, ["rus"] = 86.5,
        ["san"] = 59.8, ["sme"] = 63.6, ["spa"] = 86.1, ["sqi"] = 86.2, ["swa"] = 59.8, ["tur"] = 68.9,
    };

    private readonly ScratchDirectory _scratch = new();

    [SharedDataFact("sigmorphon2023")]
    public void The_baseline_matches_the_official_script_on_every_2023_dev_set()
    {
        var result = InflectionBenchmark.Run(new BenchOptions(SharedData.Path("sigmorphon2023")));

        var scores = result.Report!.Languages.ToDictionary(l => l.Language, l => l.Accuracy);
        Assert.Equal(Reference2023.Keys.Order(), scores.Keys.Order());
        Assert.All(Reference2023, pair => Assert.InRange(scores[pair.Key], pair.Value - 0.5, pair.Value + 0.5));
        Assert.InRange(result.Report.MacroAccuracy, 69.2 - 0.5, 69.2 + 0.5);
    }

    [Fact]
    public void A_covered_test_split_is_predicted_and_written_but_not_scored()
    {
        _scratch.Write("task/xxx.trn", "walk\tV;PST\twalked\n");
        _scratch.Write("task/xxx.covered.tst", "talk\tV;PST\n");

        var result = InflectionBenchmark.Run(new BenchOptions(_scratch.Path("task"), BenchSplit.Test, PredictionsDirectory: _scratch.Path("out")));

        Assert.Null(result.Report);
        Assert.Equal(["xxx"], result.PredictedOnly);
        Assert.Equal("talk\tV;PST\ttalked\n", File.ReadAllText(_scratch.Path("out/xxx.covered.tst")));
    }

    [Fact]
    public void The_same_run_gives_the_same_json_apart_from_its_wall_time()
    {
        _scratch.Write("task/xxx.trn", "walk\tV;PST\twalked\njump\tV;PST\tjumped\nsing\tV;PST\tsang\n");
        _scratch.Write("task/xxx.dev", "talk\tV;PST\ttalked\nring\tV;PST\trang\n");
        var options = new BenchOptions(_scratch.Path("task"));

        string Stable(BenchResult r) => System.Text.RegularExpressions.Regex.Replace(r.ToJson(), "\"seconds\": [0-9.]+", "");

        Assert.Equal(Stable(InflectionBenchmark.Run(options)), Stable(InflectionBenchmark.Run(options)));
    }

    [Fact]
    public void A_malformed_file_of_one_language_stops_the_run_with_its_own_error_and_writes_no_predictions()
    {
        _scratch.Write("task/aaa.trn", "walk\tV;PST\twalked\n");
        _scratch.Write("task/aaa.dev", "talk\tV;PST\ttalked\n");
        _scratch.Write("task/zzz.trn", "walk\tV;PST\twalked\nbroken\n");
        _scratch.Write("task/zzz.dev", "talk\tV;PST\ttalked\n");

        var error = Assert.Throws<LangExpandException>(() =>
            InflectionBenchmark.Run(new BenchOptions(_scratch.Path("task"), PredictionsDirectory: _scratch.Path("out"))));

        Assert.Equal(ErrorCode.MalformedLine, error.Code);
        Assert.StartsWith($"{_scratch.Path("task/zzz.trn")}:2: ", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_scratch.Path("out")) && Directory.EnumerateFiles(_scratch.Path("out")).Any());
    }

    [Fact]
    public void A_language_asked_for_that_the_folder_does_not_have_is_an_error_listing_those_it_has()
    {
        _scratch.Write("task/eng.trn", "walk\tV;PST\twalked\n");
        _scratch.Write("task/eng.dev", "talk\tV;PST\ttalked\n");

        var error = Assert.Throws<LangExpandException>(() => InflectionBenchmark.Run(new BenchOptions(_scratch.Path("task"), Languages: ["eng", "xxx"])));

        Assert.Equal(ErrorCode.InvalidOption, error.Code);
        Assert.Contains("has no language xxx", error.Message, StringComparison.Ordinal);
        Assert.Contains("ids among: eng", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_without_the_split_to_score_is_refused_before_anything_is_trained()
    {
        _scratch.Write("task/eng.trn", "walk\tV;PST\twalked\n");
        _scratch.Write("task/eng.dev", "talk\tV;PST\ttalked\n");
        _scratch.Write("task/dan.trn", "gå\tV;PST\tgik\n");

        var error = Assert.Throws<LangExpandException>(() =>
            InflectionBenchmark.Run(new BenchOptions(_scratch.Path("task"), PredictionsDirectory: _scratch.Path("out"))));

        Assert.Equal(ErrorCode.MissingInput, error.Code);
        Assert.Contains("language dan has no dev file", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_scratch.Path("out")));
    }

    public void Dispose() => _scratch.Dispose();
}
