using LangExpand.Core.Inflection;
using LangExpand.TestKit;
using static LangExpand.Evaluation.Tests.Triples;

namespace LangExpand.Evaluation.Tests;

/// <summary>Scores the SIGMORPHON 2023 German files (columns: lemma, features, form) from the shared data folder.</summary>
public class RealDataTests
{
    [SharedDataFact("sigmorphon2023", "deu.dev")]
    public void German_dev_data_scored_against_itself_is_perfect()
    {
        var dev = Read("deu.dev");

        var score = InflectionScorer.Score("deu", dev, dev);

        Assert.Equal((dev.Length, 100.0, 0.0), (score.Items, score.Accuracy, score.MeanDistance));
    }

    [SharedDataFact("sigmorphon2023", "deu.dev")]
    public void Predicting_the_lemma_is_as_accurate_as_the_share_of_lines_whose_form_is_the_lemma()
    {
        var lines = Columns("deu.dev");
        var expected = 100.0 * lines.Count(cells => cells[0] == cells[2]) / lines.Length;
        var dev = Read("deu.dev");

        var score = InflectionScorer.Score("deu", dev, dev.Select(item => item with { Form = item.Lemma }).ToArray());

        Assert.Equal(expected, score.Accuracy, 10);
        Assert.True(score.MeanDistance > 0);
    }

    [SharedDataFact("sigmorphon2023", "deu.trn")]
    public void Overlap_cells_with_german_training_data_cover_every_dev_item()
    {
        var training = Columns("deu.trn");
        var lemmas = training.Select(cells => cells[0]).ToHashSet(StringComparer.Ordinal);
        var features = training.Select(cells => cells[1]).ToHashSet(StringComparer.Ordinal);
        var lemmaSeen = Columns("deu.dev").Count(cells => lemmas.Contains(cells[0]));
        var featuresSeen = Columns("deu.dev").Count(cells => features.Contains(cells[1]));
        var dev = Read("deu.dev");

        var breakdown = InflectionScorer.Score("deu", dev, dev, Read("deu.trn")).Breakdown!;

        Assert.Equal(dev.Length, breakdown.Cells.Sum(cell => cell.Tally.Items));
        Assert.Equal(lemmaSeen, breakdown.Both.Items + breakdown.LemmaOnly.Items);
        Assert.Equal(featuresSeen, breakdown.Both.Items + breakdown.FeaturesOnly.Items);
        Assert.All(breakdown.Cells, cell => Assert.Equal(cell.Tally.Items, cell.Tally.Correct));
    }

    private static string[][] Columns(string file) =>
        File.ReadLines(SharedData.Path("sigmorphon2023", file))
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .ToArray();

    private static InflectionTriple[] Read(string file) =>
        Columns(file).Select(cells => Triple(cells[0], cells[1], cells[2])).ToArray();
}
