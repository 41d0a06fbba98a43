using LangExpand.Morphology.Models;
using LangExpand.TestKit;

namespace LangExpand.Morphology.Tests.Models;

/// <summary>Every model, trained on real data, saves deterministically and loads back predicting exactly the same.</summary>
public sealed class ModelRoundTripRealDataTests : IDisposable
{
    private readonly ScratchDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [SharedDataTheory("sigmorphon2023", "deu.trn")]
    [InlineData(InflectionModels.Baseline)]
    [InlineData(InflectionModels.Classifier)]
    public void A_loaded_model_predicts_exactly_what_the_trained_one_does_on_all_of_german_dev(string name)
    {
        var model = InflectionModels.Train(name, Sigmorphon2023.Read("deu.trn")).Inflector;
        InflectionModels.Save(model, _directory.Path("deu"), []);

        var loaded = InflectionModels.Load(_directory.Path("deu"));

        var dev = Sigmorphon2023.Read("deu.dev");
        Assert.Equal(1000, dev.Count);
        Assert.Equal(dev.Select(t => model.Inflect(t.Lemma, t.Features)), dev.Select(t => loaded.Inflect(t.Lemma, t.Features)));
    }

    [SharedDataTheory("sigmorphon2023", "deu.trn")]
    [InlineData(InflectionModels.Baseline)]
    [InlineData(InflectionModels.Classifier)]
    public void Training_twice_on_the_same_data_saves_identical_files(string name)
    {
        var training = Sigmorphon2023.Read("deu.trn");

        InflectionModels.Save(InflectionModels.Train(name, training).Inflector, _directory.Path("first"), []);
        InflectionModels.Save(InflectionModels.Train(name, training).Inflector, _directory.Path("second"), []);

        var files = Directory.GetFiles(_directory.Path("first")).Select(Path.GetFileName).OfType<string>().Order().ToList();
        Assert.Equal(files, Directory.GetFiles(_directory.Path("second")).Select(Path.GetFileName).Order());
        Assert.All(files, file => Assert.Equal(File.ReadAllBytes(_directory.Path("first", file)), File.ReadAllBytes(_directory.Path("second", file))));
    }
}
