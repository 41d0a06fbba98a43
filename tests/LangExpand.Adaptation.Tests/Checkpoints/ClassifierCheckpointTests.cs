using LangExpand.Adaptation.Checkpoints;
using LangExpand.Adaptation.Evaluation;
using LangExpand.Adaptation.Modeling;
using LangExpand.Core.Annotated;
using LangExpand.Core.Diagnostics;
using LangExpand.TestKit;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Tests.Checkpoints;

public sealed class ClassifierCheckpointTests
{
    private static LoadedEncoder ToyBase()
    {
        var tokenizer = ToyCorpus.Tokenizer();
        var model = TinyModels.Create(TinyModels.Config(EncoderFamily.XlmRoberta) with { VocabSize = tokenizer.VocabularySize });
        return new LoadedEncoder(model, tokenizer, new LoadReport("toy", [], [], [], [], [], []));
    }

    private static List<TaggedSentence> LengthTags() => ToyCorpus.Lines.Take(20).Select(l => new TaggedSentence(
        l.Split(' ').Select(w => new TaggedToken(w, w.Length > 3 ? "LONG" : "SHORT")).ToList())).ToList();

    [Fact]
    public void A_saved_tagger_loads_back_as_a_token_classifier_that_predicts_the_same_labels()
    {
        using var scratch = new ScratchDirectory();
        var toy = ToyBase();
        using var tagger = TokenTagger.Train(toy, LengthTags(), new TaggingOptions { Steps = 2, BatchSize = 4 }, CPU);
        EncoderCheckpoint.Save(scratch.Root, tagger, tagger.Encoder.Config, toy.Tokenizer);

        using var loaded = ClassifierCheckpoint.Load(scratch.Root, CPU);

        var model = Assert.IsType<TokenClassificationModel>(loaded.Model);
        Assert.Equal(["LONG", "SHORT"], loaded.Config.Labels);
        Assert.Equal(TokenTagger.Predict(tagger, toy.Tokenizer, LengthTags(), CPU), TokenTagger.Predict(model, loaded.Tokenizer, LengthTags(), CPU));
    }

    [Fact]
    public void A_saved_intent_classifier_loads_back_as_a_sequence_classifier()
    {
        using var scratch = new ScratchDirectory();
        var toy = ToyBase();
        var utterances = ToyCorpus.Lines.Take(20).Select(l => new IntentExample(l, l.Length > 30 ? "long" : "short")).ToList();
        using var classifier = IntentClassifier.Train(toy, utterances, new TaggingOptions { Steps = 2, BatchSize = 4 }, CPU);
        EncoderCheckpoint.Save(scratch.Root, classifier, classifier.Encoder.Config, toy.Tokenizer);

        using var loaded = ClassifierCheckpoint.Load(scratch.Root, CPU);

        var model = Assert.IsType<SequenceClassificationModel>(loaded.Model);
        var texts = utterances.Select(u => u.Text).ToList();
        Assert.Equal(IntentClassifier.Predict(classifier, toy.Tokenizer, texts, CPU), IntentClassifier.Predict(model, loaded.Tokenizer, texts, CPU));
    }

    [Fact]
    public void A_masked_language_model_directory_is_refused_naming_its_config_json()
    {
        using var scratch = new ScratchDirectory();
        var toy = ToyBase();
        EncoderCheckpoint.Save(scratch.Root, toy.Model, toy.Tokenizer);

        var error = Assert.Throws<LangExpandException>(() => ClassifierCheckpoint.Load(scratch.Root, CPU));

        Assert.Equal(ErrorCode.InvalidModel, error.Code);
        Assert.Contains(Path.Combine(scratch.Root, "config.json"), error.Message);
    }
}
