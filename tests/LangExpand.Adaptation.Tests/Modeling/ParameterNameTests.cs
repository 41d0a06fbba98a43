using LangExpand.Adaptation.Modeling;

namespace LangExpand.Adaptation.Tests.Modeling;

public sealed class ParameterNameTests
{
    private static IEnumerable<string> LayerNames(string prefix, int layer) =>
        new[]
        {
            "attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
            "attention.output.LayerNorm", "intermediate.dense", "output.dense", "output.LayerNorm",
        }.SelectMany(m => new[] { $"{prefix}encoder.layer.{layer}.{m}.weight", $"{prefix}encoder.layer.{layer}.{m}.bias" });

    private static IEnumerable<string> EmbeddingNames(string prefix) =>
    [
        $"{prefix}embeddings.word_embeddings.weight", $"{prefix}embeddings.position_embeddings.weight",
        $"{prefix}embeddings.token_type_embeddings.weight", $"{prefix}embeddings.LayerNorm.weight", $"{prefix}embeddings.LayerNorm.bias",
    ];

    [Fact]
    public void Every_XLM_R_parameter_has_the_name_of_XLMRobertaForMaskedLM()
    {
        using var model = TinyModels.Create(TinyModels.Config(EncoderFamily.XlmRoberta));
        var expected = EmbeddingNames("roberta.").Concat(LayerNames("roberta.", 0)).Concat(LayerNames("roberta.", 1))
            .Concat(["lm_head.dense.weight", "lm_head.dense.bias", "lm_head.layer_norm.weight", "lm_head.layer_norm.bias", "lm_head.bias"]);
        Assert.Equal(expected.Order(StringComparer.Ordinal), model.state_dict().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_BERT_parameter_has_the_name_of_BertForMaskedLM()
    {
        using var model = TinyModels.Create(TinyModels.Config(EncoderFamily.Bert));
        var expected = EmbeddingNames("bert.").Concat(LayerNames("bert.", 0)).Concat(LayerNames("bert.", 1))
            .Concat([
                "cls.predictions.transform.dense.weight", "cls.predictions.transform.dense.bias",
                "cls.predictions.transform.LayerNorm.weight", "cls.predictions.transform.LayerNorm.bias", "cls.predictions.bias",
            ]);
        Assert.Equal(expected.Order(StringComparer.Ordinal), model.state_dict().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_pre_norm_model_adds_only_the_final_encoder_LayerNorm()
    {
        using var post = TinyModels.Create(TinyModels.Config(EncoderFamily.XlmRoberta));
        using var pre = TinyModels.Create(TinyModels.Config(EncoderFamily.XlmRoberta, preNorm: true));
        var added = pre.state_dict().Keys.Except(post.state_dict().Keys).Order(StringComparer.Ordinal);
        Assert.Equal(["roberta.encoder.LayerNorm.bias", "roberta.encoder.LayerNorm.weight"], added);
    }

    [Fact]
    public void An_XLM_R_sequence_classifier_has_the_names_of_XLMRobertaForSequenceClassification()
    {
        var config = TinyModels.Config(EncoderFamily.XlmRoberta);
        using var model = new SequenceClassificationModel(config, 3);
        var expected = EmbeddingNames("roberta.").Concat(LayerNames("roberta.", 0)).Concat(LayerNames("roberta.", 1))
            .Concat(["classifier.dense.weight", "classifier.dense.bias", "classifier.out_proj.weight", "classifier.out_proj.bias"]);
        Assert.Equal(expected.Order(StringComparer.Ordinal), model.state_dict().Keys.Order(StringComparer.Ordinal));
        Assert.Equal([3L, 16L], model.state_dict()["classifier.out_proj.weight"].shape);
    }

    [Fact]
    public void A_BERT_sequence_classifier_has_the_names_of_BertForSequenceClassification_pooler_included()
    {
        var config = TinyModels.Config(EncoderFamily.Bert);
        using var model = new SequenceClassificationModel(config, 3);
        var expected = EmbeddingNames("bert.").Concat(LayerNames("bert.", 0)).Concat(LayerNames("bert.", 1))
            .Concat(["bert.pooler.dense.weight", "bert.pooler.dense.bias", "classifier.weight", "classifier.bias"]);
        Assert.Equal(expected.Order(StringComparer.Ordinal), model.state_dict().Keys.Order(StringComparer.Ordinal));
        Assert.Equal([3L, 16L], model.state_dict()["classifier.weight"].shape);
    }
}
