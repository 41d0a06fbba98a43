using LangExpand.Core.Diagnostics;
using LangExpand.Evaluation.Inflection;
using LangExpand.Morphology.Data;
using LangExpand.TestKit;

namespace LangExpand.Evaluation.Tests.Inflection;

/// <summary>Scoring files: input problems are errors with the file, never an internal error.</summary>
public sealed class FileScoringTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void An_empty_gold_file_is_refused_as_not_enough_data_naming_the_file()
    {
        var gold = _scratch.Write("gold.tsv", "");
        var predictions = _scratch.Write("pred.tsv", "walk\twalked\tV;PST\n");

        var error = Assert.Throws<LangExpandException>(() =>
            FileScoring.Score(new ScoreFilesOptions(gold, predictions, Format: InflectionFormat.Sigmorphon2017)));

        Assert.Equal(ErrorCode.NotEnoughData, error.Code);
        Assert.StartsWith(gold, error.Message);
        Assert.Contains("no lines to score", error.Message);
    }
}
