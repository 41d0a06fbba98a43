using LangExpand.Core.Features;
using LangExpand.Morphology.Classifier;
using LangExpand.Morphology.Tests.Baseline;
using LangExpand.TestKit;

namespace LangExpand.Morphology.Tests.Classifier;

/// <summary>The edit-script classifier on data small enough to check by hand.</summary>
public class EditClassifierTests
{
    private static readonly EditClassifierInflector Model = EditClassifierTrainer.Train(ClassifierToy.Paradigms);

    [Theory]
    [InlineData("spielen", "V.PTCP;PST", "gespielt")]
    [InlineData("spielen", "V;PST;3;SG", "spielte")]
    [InlineData("holen", "V.PTCP;PST", "geholt")]
    [InlineData("kalap", "N;INE", "kalapban")]
    [InlineData("kés", "N;INE", "késben")]
    [InlineData("pad", "N;INE", "padban")]
    public void The_classifier_inflects_lemmas_it_never_saw_by_their_shape_and_features(string lemma, string features, string form) =>
        Assert.Equal(form, Model.Inflect(lemma, FeatureBundle.Parse(features)));

    [Fact]
    public void Trees_are_the_distinct_transformations_of_the_training_pairs_in_first_seen_order()
    {
        Assert.Equal("M(0,2,\"\"→\"ge\",\"en\"→\"t\")", Model.Trees[0].ToString());
        Assert.Equal(4, Model.Trees.Count); // ge-…-t, …-te, …-ban, …-ben
    }

    [Fact]
    public void A_bundle_never_seen_borrows_the_trees_of_the_seen_bundle_sharing_most_features() =>
        Assert.Equal("spielte", Model.Inflect("spielen", FeatureBundle.Parse("V;PST;1;SG")));

    [Fact]
    public void A_lemma_no_tree_applies_to_is_copied()
    {
        var model = EditClassifierTrainer.Train(Toy.Triples("go went V;PST", "be was V;PST"));

        Assert.Equal("do", model.Inflect("do", FeatureBundle.Parse("V;PST")));
        Assert.Null(model.Choose("do", FeatureBundle.Parse("V;PST")));
        Assert.Equal("went", model.Inflect("go", FeatureBundle.Parse("V;PST")));
    }

    [Fact]
    public void Triples_without_a_form_are_ignored()
    {
        var covered = Toy.German.Select(t => t with { Form = null });

        var model = EditClassifierTrainer.Train(ClassifierToy.Paradigms.Concat(covered));

        Assert.Equal(Model.Trees, model.Trees);
    }

    [Theory]
    [InlineData(7, 5, 2)]
    [InlineData(31, 5, 2)]
    [InlineData(22, 0, 2)]
    [InlineData(22, 5, -1)]
    public void Options_out_of_range_are_refused(int hashBits, int members, int epochs) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            EditClassifierTrainer.Train(ClassifierToy.Paradigms, new EditClassifierOptions { HashBits = hashBits, Members = members, Epochs = epochs }));

    [Theory]
    [InlineData(-1, 4)]
    [InlineData(EditClassifierOptions.AffixLimit + 1, 4)]
    [InlineData(5, EditClassifierOptions.AffixLimit + 1)]
    public void Affix_lengths_a_saved_model_could_not_load_are_refused_at_training(int maxAffix, int maxAtomAffix) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            EditClassifierTrainer.Train(ClassifierToy.Paradigms, new EditClassifierOptions { MaxAffix = maxAffix, MaxAtomAffix = maxAtomAffix }));

    [Fact]
    public void The_same_data_and_seed_train_a_model_saved_as_the_same_bytes()
    {
        using var scratch = new ScratchDirectory();
        EditClassifierSerialization.Save(Model, scratch.Path("first"));

        EditClassifierSerialization.Save(EditClassifierTrainer.Train(ClassifierToy.Paradigms), scratch.Path("second"));
        EditClassifierSerialization.Save(EditClassifierTrainer.Train(ClassifierToy.Paradigms, new EditClassifierOptions { Seed = 7 }), scratch.Path("third"));

        Assert.All(new[] { "config.json", "trees.json", "weights.bin" }, name =>
            Assert.Equal(File.ReadAllBytes(scratch.Path("first", name)), File.ReadAllBytes(scratch.Path("second", name))));
        Assert.NotEqual(File.ReadAllBytes(scratch.Path("first", "weights.bin")), File.ReadAllBytes(scratch.Path("third", "weights.bin")));
    }
}
