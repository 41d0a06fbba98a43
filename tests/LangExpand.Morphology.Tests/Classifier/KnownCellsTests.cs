using LangExpand.Core.Features;
using LangExpand.Core.Inflection;
using LangExpand.Morphology.Classifier;
using LangExpand.Morphology.Models;
using LangExpand.TestKit;

namespace LangExpand.Morphology.Tests.Classifier;

/// <summary>The classifier with paradigm features: a lemma's known training cells tell its class.</summary>
public sealed class KnownCellsTests : IDisposable
{
    private static readonly FeatureBundle Past = FeatureBundle.Parse("V;PST");
    private static readonly FeatureBundle Participle = FeatureBundle.Parse("V.PTCP;PST");

    private readonly ScratchDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    /// <summary>
    /// Two verb classes that the lemmas' letters do not tell apart: the <c>t</c> class (past <c>-ta</c>,
    /// participle <c>-tu</c>) and the <c>n</c> class (<c>-na</c>, <c>-nu</c>). Every lemma has both cells except
    /// <c>kalo</c>, whose past alone is known, in the class <paramref name="marker"/>.
    /// </summary>
    private static InflectionTriple[] Training(char marker) =>
    [
        .. from lemma in (string[])["sale", "mire", "tupo", "relo", "nami", "dose", "pilu", "rago", "bime", "fesu"]
           let c = "sale mire tupo relo nami dose".Contains(lemma, StringComparison.Ordinal) ? 't' : 'n'
           from cell in new[] { (Past, lemma + c + "a"), (Participle, lemma + c + "u") }
           select new InflectionTriple(lemma, cell.Item1, cell.Item2),
        new InflectionTriple("kalo", Past, "kalo" + marker + "a"),
    ];

    private static EditClassifierInflector Train(char marker) =>
        EditClassifierTrainer.Train(Training(marker), EditClassifierOptions.Default with { UseKnownCells = true });

    [Theory]
    [InlineData('t', "kalotu")]
    [InlineData('n', "kalonu")]
    public void A_lemma_whose_class_shows_only_in_its_other_training_forms_gets_the_form_of_its_class(char marker, string participle)
    {
        Assert.Equal(participle, Train(marker).Inflect("kalo", Participle));
    }

    [Fact]
    public void A_known_cell_is_answered_with_its_training_form()
    {
        var model = Train('n');

        Assert.Equal("kalona", model.Inflect("kalo", Past));
        Assert.Equal([("kalona", double.PositiveInfinity)], model.InflectWithConfidence([new InflectionTriple("kalo", Past, null)]));
    }

    [Fact]
    public void A_lemma_without_known_cells_is_still_inflected()
    {
        var form = Train('n').Inflect("lupe", Participle);

        Assert.True(form is "lupetu" or "lupenu", form);
    }

    [Fact]
    public void A_saved_paradigm_model_keeps_its_training_pairs_writes_the_same_bytes_and_predicts_the_same()
    {
        var model = Train('n');
        InflectionModels.Save(model, _directory.Path("a"), new());
        InflectionModels.Save(Train('n'), _directory.Path("b"), new());

        var loaded = Assert.IsType<EditClassifierInflector>(InflectionModels.Load(_directory.Path("a")));

        Assert.Contains("cells.tsv", Directory.GetFiles(_directory.Path("a")).Select(Path.GetFileName));
        foreach (var file in new[] { "config.json", "trees.json", "weights.bin", "cells.tsv" })
        {
            Assert.Equal(File.ReadAllBytes(_directory.Path("a/" + file)), File.ReadAllBytes(_directory.Path("b/" + file)));
        }
        Assert.True(loaded.Options.UseKnownCells);
        Assert.Equal("kalonu", loaded.Inflect("kalo", Participle));
        Assert.Equal(model.Inflect("lupe", Participle), loaded.Inflect("lupe", Participle));
    }

    [Fact]
    public void The_paradigm_model_is_trained_by_name_and_auto_considers_it()
    {
        var trained = InflectionModels.Train(InflectionModels.Auto, Training('n'), [new InflectionTriple("kalo", Participle, "kalonu")]);

        Assert.Contains(InflectionModels.Paradigm, InflectionModels.Selectable());
        Assert.Equal(100, trained.DevAccuracy[InflectionModels.Paradigm]);
        Assert.Equal(InflectionModels.Paradigm, trained.Name);
    }
}
