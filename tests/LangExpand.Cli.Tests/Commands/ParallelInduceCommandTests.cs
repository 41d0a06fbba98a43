using LangExpand.TestKit;

namespace LangExpand.Cli.Tests.Commands;

public sealed class ParallelInduceCommandTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    [Fact]
    public void Induce_lexicon_writes_lexicon_tsv_that_evaluate_scores_against_a_reference()
    {
        var verses = Enumerable.Range(1, 12).Select(i => (Id: $"b.GEN.1.{i}", En: i % 2 == 0 ? "the house" : "the king", Es: i % 2 == 0 ? "la casa" : "el rey")).ToList();
        var english = _scratch.Write("en.tsv", string.Concat(verses.Select(v => $"{v.Id}\t{v.En}\n")));
        var spanish = _scratch.Write("es.tsv", string.Concat(verses.Select(v => $"{v.Id}\t{v.Es}\n")));
        var reference = _scratch.Write("ref.tsv", "source\ttarget\tscore\nhouse\tcasa\t1\nking\tmonarca\t1\n");
        var lexicon = _scratch.Path("induced.tsv");

        var (code, output, error) = CliRunner.Run("parallel", "induce-lexicon", "--src-lang", "eng", "--tgt-lang", "spa",
            "--parallel", english, spanish, "--out", lexicon);
        var evaluation = CliRunner.Run("lexicon", "evaluate", "--in", lexicon, "--reference", reference);

        Assert.True(code == 0, error);
        Assert.StartsWith("induced ", output);
        var lines = File.ReadAllLines(lexicon);
        Assert.StartsWith("source\ttarget\tscore", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("house\tcasa\t", StringComparison.Ordinal) && l.EndsWith("induced", StringComparison.Ordinal));
        Assert.StartsWith("precision@1 50.0% (1 of 2 ", evaluation.Output);
    }

    [Fact]
    public void Invalid_thresholds_fail_before_any_work()
    {
        var file = _scratch.Write("en.tsv", "b.GEN.1.1\tx\n");

        var (code, _, error) = CliRunner.Run("parallel", "induce-lexicon", "--parallel", file, file, "--min-forward", "3", "--out", _scratch.Path("o.tsv"));

        Assert.Equal(CliApplication.InputError, code);
        Assert.Contains("invalid lexicon-induction thresholds", error);
        Assert.False(File.Exists(_scratch.Path("o.tsv")));
    }

    public void Dispose() => _scratch.Dispose();
}
