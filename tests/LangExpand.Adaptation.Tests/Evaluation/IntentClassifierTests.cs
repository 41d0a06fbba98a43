using LangExpand.Adaptation.Checkpoints;
using LangExpand.Adaptation.Evaluation;
using LangExpand.Adaptation.Modeling;
using LangExpand.Core.Diagnostics;
using LangExpand.TestKit;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Tests.Evaluation;

public sealed class IntentClassifierTests
{
    private static LoadedEncoder ToyEncoder(EncoderFamily family = EncoderFamily.XlmRoberta)
    {
        var tokenizer = ToyCorpus.Tokenizer();
        var model = TinyModels.Create(TinyModels.Config(family) with { VocabSize = tokenizer.VocabularySize, PadTokenId = tokenizer.Special.Pad });
        return new LoadedEncoder(model, tokenizer, new LoadReport("toy", [], [], [], [], [], []));
    }

    private static List<IntentExample> KeywordIntents() => ToyCorpus.Lines.Take(60)
        .Select(l => new IntentExample(l, l.Contains("kirja", StringComparison.Ordinal) ? "read" : "other")).ToList();

    [Theory]
    [InlineData(EncoderFamily.XlmRoberta)]
    [InlineData(EncoderFamily.Bert)]
    public void A_classifier_learns_an_intent_determined_by_a_keyword(EncoderFamily family)
    {
        var examples = KeywordIntents();
        Assert.Contains(examples, e => e.Intent == "read");
        Assert.Contains(examples, e => e.Intent == "other");
        var score = IntentClassifier.TrainAndScore(ToyEncoder(family), examples, examples, new TaggingOptions { Steps = 150, LearningRate = 3e-3 }, CPU);
        Assert.True(score.Accuracy > 0.9, $"{score}");
        Assert.Equal(60, score.Utterances);
    }

    [Fact]
    public void Training_twice_with_the_same_seed_gives_identical_weights_and_the_labels_in_ordinal_order()
    {
        var examples = KeywordIntents();
        var options = new TaggingOptions { Steps = 3, BatchSize = 4 };
        using var first = IntentClassifier.Train(ToyEncoder(EncoderFamily.Bert), examples, options, CPU);
        using var second = IntentClassifier.Train(ToyEncoder(EncoderFamily.Bert), examples, options, CPU);
        Assert.Equal(["other", "read"], first.Encoder.Config.Labels);
        Assert.True(first.Encoder.Config.ClassifiesSequences);
        foreach (var (name, parameter) in first.state_dict())
        {
            Assert.True(parameter.allclose(second.state_dict()[name], rtol: 0, atol: 0), name);
        }
    }

    [Fact]
    public void A_saved_classifier_loads_back_with_identical_logits_and_its_architecture()
    {
        using var scratch = new ScratchDirectory();
        var toy = ToyEncoder();
        using var model = IntentClassifier.Train(toy, KeywordIntents(), new TaggingOptions { Steps = 2, BatchSize = 4 }, CPU);
        EncoderCheckpoint.Save(scratch.Root, model, model.Encoder.Config, toy.Tokenizer);
        Assert.Contains("XLMRobertaForSequenceClassification", File.ReadAllText(Path.Combine(scratch.Root, "config.json")));

        var config = EncoderConfigFile.Read(scratch.Root);
        Assert.Equal(model.Encoder.Config with { Labels = null }, config with { Labels = null });
        Assert.Equal(model.Encoder.Config.Labels, config.Labels);
        using var loaded = new SequenceClassificationModel(config, config.Labels!.Count);
        var report = EncoderCheckpoint.LoadWeightsInto(loaded, config, scratch.Root);
        Assert.Equal(loaded.state_dict().Count, report.Loaded.Count);
        loaded.eval();
        using var ids = tensor(toy.Tokenizer.Encode(ToyCorpus.Lines[0]).Select(i => (long)i).ToArray()).unsqueeze(0);
        using var expected = model.Logits(ids, null);
        using var actual = loaded.Logits(ids, null);
        Assert.True(expected.allclose(actual, rtol: 0, atol: 0));
    }

    [Fact]
    public void A_BERT_classifier_takes_the_pooler_from_a_checkpoint_that_has_one_and_starts_it_fresh_otherwise()
    {
        var toy = ToyEncoder(EncoderFamily.Bert);
        var config = toy.Config with { Labels = ["a", "b"], ClassifiesSequences = true };
        var options = new WeightLoadOptions { NewParameterPrefixes = ["classifier.", "bert.pooler."], IgnoredPrefixes = ["cls."] };
        using var model = new SequenceClassificationModel(config, 2);
        var tensors = EncoderCheckpoint.CpuTensors(toy.Model);
        Assert.Equal(["bert.pooler.dense.bias", "bert.pooler.dense.weight", "classifier.bias", "classifier.weight"],
            WeightLoader.Load(model, config, tensors, "mlm", options).Initialized);

        tensors["bert.pooler.dense.weight"] = full(16, 16, 0.5f);
        tensors["bert.pooler.dense.bias"] = zeros(16);
        var report = WeightLoader.Load(model, config, tensors, "mlm with pooler", options);
        Assert.Equal(["classifier.bias", "classifier.weight"], report.Initialized);
        Assert.Contains("bert.pooler.dense.weight", report.Loaded);
        Assert.Equal(0.5f, model.state_dict()["bert.pooler.dense.weight"][3, 4].item<float>());
    }

    [Fact]
    public void Macro_F1_averages_over_gold_and_predicted_intents()
    {
        var score = IntentScore.Of(["a", "a", "b", "c"], ["a", "b", "b", "b"]);
        Assert.Equal(0.5, score.Accuracy);
        Assert.Equal((2.0 / 3 + 2.0 / 4 + 0) / 3, score.MacroF1, 6);
    }

    [Fact]
    public void Intent_JSONL_reads_the_plain_utterance_and_a_line_without_an_intent_names_the_file_and_line()
    {
        using var scratch = new ScratchDirectory();
        var good = scratch.Write("good.jsonl", "{\"utt\": \"wake me at five\", \"annot_utt\": \"wake me at [time : five]\", \"intent\": \"alarm_set\"}\n");
        Assert.Equal([new IntentExample("wake me at five", "alarm_set", 1)], IntentData.Read(good));

        var bad = scratch.Write("bad.jsonl", "{\"annot_utt\": \"hi\", \"intent\": \"greet\"}\n\n{\"annot_utt\": \"bye\"}\n");
        var error = Assert.Throws<LangExpandException>(() => IntentData.Read(bad));
        Assert.Contains("bad.jsonl:3", error.Message);
        Assert.Contains("intent", error.Message);
    }
}
