using LangExpand.Core.Features;
using LangExpand.Core.Inflection;
using LangExpand.Morphology.Classifier;
using LangExpand.TestKit;

namespace LangExpand.Morphology.Tests.Classifier;

/// <summary>The classifier composing a feature bundle never seen in training by analogy between seen ones.</summary>
public class BundleAnalogyTests
{
    private static readonly string[] Lemmas = ["soma", "pika", "lima", "cheza", "ruka", "kata"];
    private static readonly (string Subject, string Prefix)[] Subjects = [("NOM(1,SG)", "ni"), ("NOM(2,SG)", "u"), ("NOM(3,SG)", "a")];
    private static readonly (string Tense, string Marker)[] Tenses = [("PRS", "na"), ("PST", "li"), ("FUT", "ta")];

    /// <summary>Every subject × tense form of every lemma except the future of the second person.</summary>
    private static readonly InflectionTriple[] Training =
    [
        .. from lemma in Lemmas
           from subject in Subjects
           from tense in Tenses
           where !(subject.Prefix == "u" && tense.Marker == "ta")
           select new InflectionTriple(lemma, FeatureBundle.Parse($"V;{tense.Tense};{subject.Subject}"), subject.Prefix + tense.Marker + lemma),
    ];

    [Theory]
    [InlineData("imba", "utaimba")]
    [InlineData("soma", "utasoma")]
    public void A_bundle_never_seen_is_composed_from_seen_bundles_that_differ_by_the_same_swap(string lemma, string form)
    {
        var model = EditClassifierTrainer.Train(Training);

        Assert.Equal(form, model.Inflect(lemma, FeatureBundle.Parse("V;FUT;NOM(2,SG)")));
    }

    [Fact]
    public void Without_analogy_routes_an_unseen_bundle_falls_back_to_the_trees_of_its_nearest_bundles()
    {
        var model = EditClassifierTrainer.Train(Training, new EditClassifierOptions { AnalogyRoutes = 0 });

        Assert.NotEqual("utaimba", model.Inflect("imba", FeatureBundle.Parse("V;FUT;NOM(2,SG)")));
    }

    [Fact]
    public void Seen_bundles_are_not_composed_and_unreachable_bundles_fall_back()
    {
        var model = EditClassifierTrainer.Train(Training);

        Assert.Equal("nilisoma", model.Inflect("soma", FeatureBundle.Parse("V;PST;NOM(1,SG)")));
        Assert.Equal("nilisoma", model.Inflect("soma", FeatureBundle.Parse("V;PST;NOM(1,SG);NEG;IMP;PASS"))); // three features more: no route
    }

    [Fact]
    public void A_model_saved_without_analogy_routes_loads_with_composition_off()
    {
        using var directory = new ScratchDirectory();
        var model = EditClassifierTrainer.Train(Training);
        EditClassifierSerialization.Save(model, directory.Path("model"));
        var config = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(directory.Path("model/config.json")))!.AsObject();
        Assert.Equal(16, config["analogy_routes"]!.GetValue<int>());
        config.Remove("analogy_routes");
        File.WriteAllText(directory.Path("model/config.json"), config.ToJsonString());

        var loaded = EditClassifierSerialization.Load(directory.Path("model"));

        Assert.Equal(0, loaded.Options.AnalogyRoutes);
        Assert.NotEqual("utaimba", loaded.Inflect("imba", FeatureBundle.Parse("V;FUT;NOM(2,SG)")));
    }
}
