using LangExpand.Adaptation.Checkpoints;
using LangExpand.Adaptation.Modeling;
using LangExpand.Core.Diagnostics;
using LangExpand.TestKit;
using LangExpand.Torch.Safetensors;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Tests.Checkpoints;

public sealed class EncoderCheckpointTests
{
    private static (MaskedLanguageModel Model, LangExpand.Tokenization.XlmRobertaTokenizer Tokenizer) ToyModel()
    {
        var tokenizer = ToyCorpus.Tokenizer();
        var config = TinyModels.Config(EncoderFamily.XlmRoberta) with { VocabSize = tokenizer.VocabularySize };
        return (TinyModels.Create(config), tokenizer);
    }

    [Fact]
    public void A_saved_model_loads_back_with_identical_outputs()
    {
        using var scratch = new ScratchDirectory();
        var (model, tokenizer) = ToyModel();
        EncoderCheckpoint.Save(scratch.Root, model, tokenizer);
        var loaded = EncoderCheckpoint.LoadMaskedLm(scratch.Root);
        using var ids = tensor(tokenizer.Encode(ToyCorpus.Lines[0]).Select(i => (long)i).ToArray()).unsqueeze(0);
        using var expected = model.Encoder.Forward(ids);
        using var actual = loaded.Model.Encoder.Forward(ids);
        Assert.True(expected.allclose(actual, rtol: 0, atol: 0));
        Assert.Equal(model.Config, loaded.Config);
        Assert.Empty(loaded.Report.Missing);
        Assert.Equal(model.state_dict().Count, loaded.Report.Loaded.Count);
    }

    [Fact]
    public void Saving_twice_into_the_same_directory_is_refused()
    {
        using var scratch = new ScratchDirectory();
        var (model, tokenizer) = ToyModel();
        EncoderCheckpoint.Save(scratch.Root, model, tokenizer);
        var error = Assert.Throws<LangExpandException>(() => EncoderCheckpoint.Save(scratch.Root, model, tokenizer));
        Assert.Contains("config.json", error.Message);
    }

    [Fact]
    public void A_directory_of_the_users_own_files_is_refused_and_left_as_it_was()
    {
        using var scratch = new ScratchDirectory();
        var (model, tokenizer) = ToyModel();
        scratch.Write("out/tokenizer.json", "mine");
        scratch.Write("out/notes.txt", "mine too");

        var error = Assert.Throws<LangExpandException>(() => EncoderCheckpoint.Save(scratch.Path("out"), model, tokenizer, overwrite: true));

        Assert.Equal(ErrorCode.InvalidOption, error.Code);
        Assert.Contains("is not a model directory", error.Message, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(scratch.Path("out", "tokenizer.json")));
        Assert.Equal(["notes.txt", "tokenizer.json"], Directory.EnumerateFileSystemEntries(scratch.Path("out")).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_model_saved_beside_its_training_checkpoints_keeps_them_and_leaves_no_staging_behind()
    {
        using var scratch = new ScratchDirectory();
        var (model, tokenizer) = ToyModel();
        EncoderCheckpoint.Save(scratch.Path("out", EncoderCheckpoint.TrainingCheckpoints, "step-000002"), model, tokenizer);

        EncoderCheckpoint.Save(scratch.Path("out"), model, tokenizer);

        Assert.True(File.Exists(scratch.Path("out", EncoderCheckpoint.TrainingCheckpoints, "step-000002", "config.json")));
        Assert.True(File.Exists(scratch.Path("out", "config.json")));
        Assert.Equal(["out"], scratch.Entries());
    }

    [Fact]
    public void A_checkpoint_without_the_backbone_prefix_and_with_a_tied_decoder_loads()
    {
        var (model, _) = ToyModel();
        var tensors = EncoderCheckpoint.CpuTensors(model).ToDictionary(p => p.Key.Replace("roberta.", ""), p => p.Value);
        tensors["lm_head.decoder.weight"] = tensors["embeddings.word_embeddings.weight"];
        tensors["roberta.pooler.dense.weight"] = zeros(2, 2);
        var (fresh, _) = ToyModel();
        var report = WeightLoader.Load(fresh, fresh.Config, tensors, "bare");
        Assert.Equal(["lm_head.decoder.weight", "roberta.pooler.dense.weight"], report.Ignored);
        Assert.Empty(report.Unexpected);
    }

    [Fact]
    public void Missing_and_unexpected_tensors_fail_with_their_names()
    {
        var (model, _) = ToyModel();
        var tensors = EncoderCheckpoint.CpuTensors(model);
        tensors.Remove("lm_head.dense.weight");
        tensors["lm_head.extra"] = zeros(1);
        var error = Assert.Throws<LangExpandException>(() => WeightLoader.Load(model, model.Config, tensors, "ckpt"));
        Assert.Contains("missing (1): lm_head.dense.weight", error.Message);
        Assert.Contains("unexpected (1): lm_head.extra", error.Message);
    }

    [Fact]
    public void A_resized_vocabulary_fails_unless_resizing_was_asked_for_and_then_keeps_the_old_rows()
    {
        var (model, _) = ToyModel();
        var tensors = EncoderCheckpoint.CpuTensors(model);
        var bigger = TinyModels.Create(model.Config with { VocabSize = model.Config.VocabSize + 3 }, seed: 9);
        var error = Assert.Throws<LangExpandException>(() => WeightLoader.Load(bigger, bigger.Config, tensors, "ckpt"));
        Assert.Contains("resized (2)", error.Message);
        var report = WeightLoader.Load(bigger, bigger.Config, tensors, "ckpt", new WeightLoadOptions { AllowResize = true });
        Assert.Equal(2, report.Resized.Count);
        using var oldRows = bigger.Encoder.WordEmbeddings.narrow(0, 0, model.Config.VocabSize);
        Assert.True(oldRows.allclose(tensors["roberta.embeddings.word_embeddings.weight"], rtol: 0, atol: 0));
    }

    [Theory]
    [InlineData(ScalarType.Float16)]
    [InlineData(ScalarType.BFloat16)]
    public void Half_precision_weights_load_as_F32(ScalarType dtype)
    {
        using var scratch = new ScratchDirectory();
        var (model, tokenizer) = ToyModel();
        EncoderCheckpoint.Save(scratch.Root, model, tokenizer);
        var half = EncoderCheckpoint.CpuTensors(model).ToDictionary(p => p.Key, p => p.Value.to(dtype));
        SafetensorsCheckpoint.Save(scratch.Root, half);
        var loaded = EncoderCheckpoint.LoadMaskedLm(scratch.Root);
        Assert.Equal(ScalarType.Float32, loaded.Model.Encoder.WordEmbeddings.dtype);
        Assert.True(loaded.Model.Encoder.WordEmbeddings.allclose(model.Encoder.WordEmbeddings, rtol: 1e-2, atol: 1e-2));
    }

    [Fact]
    public void Config_json_round_trips_and_a_bad_head_count_names_the_file()
    {
        using var scratch = new ScratchDirectory();
        var config = TinyModels.Config(EncoderFamily.Bert, preNorm: true);
        EncoderConfigFile.Write(scratch.Root, config);
        Assert.Equal(config, EncoderConfigFile.Read(scratch.Root));
        File.WriteAllText(scratch.Path("config.json"), File.ReadAllText(scratch.Path("config.json")).Replace("\"num_attention_heads\": 4", "\"num_attention_heads\": 5"));
        var error = Assert.Throws<LangExpandException>(() => EncoderConfigFile.Read(scratch.Root));
        Assert.Contains("config.json", error.Message);
        Assert.Contains("num_attention_heads 5", error.Message);
    }

    [Fact]
    public void A_config_json_asking_for_two_billion_embeddings_is_refused_before_allocation_naming_vocab_size_and_the_bound()
    {
        using var scratch = new ScratchDirectory();
        EncoderConfigFile.Write(scratch.Root, TinyModels.Config(EncoderFamily.Bert));
        var text = File.ReadAllText(scratch.Path("config.json"));
        File.WriteAllText(scratch.Path("config.json"), System.Text.RegularExpressions.Regex.Replace(text, "\"vocab_size\": \\d+", "\"vocab_size\": 2147483647"));

        var error = Assert.Throws<LangExpandException>(() => EncoderConfigFile.Read(scratch.Root));

        Assert.Equal(ErrorCode.InvalidModel, error.Code);
        Assert.Contains("vocab_size 2147483647", error.Message, StringComparison.Ordinal);
        Assert.Contains("EncoderConfigFile.MaxParameters", error.Message, StringComparison.Ordinal);
        Assert.Contains(scratch.Path("config.json"), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"hidden_act\": \"gelu\"", "\"hidden_act\": 5", "'hidden_act' is not a string")]
    [InlineData("\"vocab_size\": ", "\"vocab_size\": 99999999999, \"unused\": ", "'vocab_size' is not an integer")]
    [InlineData("\"hidden_dropout_prob\": 0.1", "\"hidden_dropout_prob\": 2", "dropout probability is out of range")]
    [InlineData("\"layer_norm_eps\": ", "\"layer_norm_eps\": -1, \"unused\": ", "layer_norm_eps")]
    [InlineData("\"model_type\": \"bert\"", "\"model_type\": [1]", "'model_type' is not a string")]
    public void A_config_json_value_of_the_wrong_type_or_range_is_an_invalid_model_naming_the_file(string from, string to, string problem)
    {
        using var scratch = new ScratchDirectory();
        EncoderConfigFile.Write(scratch.Root, TinyModels.Config(EncoderFamily.Bert));
        var text = File.ReadAllText(scratch.Path("config.json"));
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(scratch.Path("config.json"), text.Replace(from, to, StringComparison.Ordinal));

        var error = Assert.Throws<LangExpandException>(() => EncoderConfigFile.Read(scratch.Root));

        Assert.Equal(ErrorCode.InvalidModel, error.Code);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Contains(scratch.Path("config.json"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_classifiers_labels_round_trip_as_id2label_and_a_gap_in_the_ids_names_the_file()
    {
        using var scratch = new ScratchDirectory();
        var config = TinyModels.Config(EncoderFamily.XlmRoberta) with { Labels = ["B-PER", "I-PER", "O"] };
        EncoderConfigFile.Write(scratch.Root, config);
        var text = File.ReadAllText(scratch.Path("config.json"));
        Assert.Contains("XLMRobertaForTokenClassification", text);
        Assert.Equal(["B-PER", "I-PER", "O"], EncoderConfigFile.Read(scratch.Root).Labels);
        File.WriteAllText(scratch.Path("config.json"), text.Replace("\"2\": \"O\"", "\"7\": \"O\""));
        var error = Assert.Throws<LangExpandException>(() => EncoderConfigFile.Read(scratch.Root));
        Assert.Contains("id2label", error.Message);
    }
}
