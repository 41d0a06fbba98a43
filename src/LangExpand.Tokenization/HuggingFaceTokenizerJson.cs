using System.Text.Json;
using LangExpand.Tokenization.SentencePiece;

namespace LangExpand.Tokenization;

/// <summary>
/// Hugging Face's <c>tokenizer.json</c> for an XLM-R Unigram tokenizer: the Unigram model with <c>vocab</c> =
/// <c>[[piece, score], …]</c> in id order (fairseq tokens, pieces, <c>&lt;mask&gt;</c>), whitespace stripped and runs of
/// spaces collapsed (SentencePiece's <c>remove_extra_whitespaces</c>), the Metaspace pre-tokenizer and decoder, and
/// <c>RobertaProcessing</c> (<c>&lt;s&gt; X &lt;/s&gt;</c>). Written only for models with the identity normalization,
/// the one this file can state exactly.
/// </summary>
internal static class HuggingFaceTokenizerJson
{
    public const string FileName = "tokenizer.json";

    public static bool CanRepresent(SentencePieceModel model) =>
        model.Trainer.ModelType == SentencePieceModelType.Unigram && model.Normalizer.Name == "identity"
        && model.Normalizer.OtherFields.IsEmpty && model.Normalizer is { AddDummyPrefix: true, RemoveExtraWhitespaces: true, EscapeWhitespaces: true };

    public static void Write(string path, XlmRobertaTokenizer tokenizer) => HuggingFaceTokenizerConfig.WriteJson(path, json =>
    {
        json.WriteString("version", "1.0");
        json.WriteNull("truncation");
        json.WriteNull("padding");
        WriteAddedTokens(json, tokenizer);
        WriteNormalizer(json);
        json.WritePropertyName("pre_tokenizer");
        WriteMetaspace(json);
        json.WritePropertyName("post_processor");
        json.WriteStartObject();
        json.WriteString("type", "RobertaProcessing");
        WritePair(json, "sep", "</s>", tokenizer.Special.Sep);
        WritePair(json, "cls", "<s>", tokenizer.Special.Cls);
        json.WriteBoolean("trim_offsets", true);
        json.WriteBoolean("add_prefix_space", true);
        json.WriteEndObject();
        json.WritePropertyName("decoder");
        WriteMetaspace(json);
        WriteModel(json, tokenizer);
    });

    private static void WriteAddedTokens(Utf8JsonWriter json, XlmRobertaTokenizer tokenizer)
    {
        json.WriteStartArray("added_tokens");
        foreach (var id in new[] { 0, 1, 2, 3, tokenizer.Special.Mask })
        {
            json.WriteStartObject();
            json.WriteNumber("id", id);
            json.WriteString("content", tokenizer.IdToToken(id));
            json.WriteBoolean("single_word", false);
            json.WriteBoolean("lstrip", id == tokenizer.Special.Mask);
            json.WriteBoolean("rstrip", false);
            json.WriteBoolean("normalized", false);
            json.WriteBoolean("special", true);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteNormalizer(Utf8JsonWriter json)
    {
        json.WriteStartObject("normalizer");
        json.WriteString("type", "Sequence");
        json.WriteStartArray("normalizers");
        json.WriteStartObject();
        json.WriteString("type", "Strip");
        json.WriteBoolean("strip_left", true);
        json.WriteBoolean("strip_right", true);
        json.WriteEndObject();
        json.WriteStartObject();
        json.WriteString("type", "Replace");
        json.WriteStartObject("pattern");
        json.WriteString("Regex", " {2,}");
        json.WriteEndObject();
        json.WriteString("content", " ");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteMetaspace(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type", "Metaspace");
        json.WriteString("replacement", "\u2581");
        json.WriteString("prepend_scheme", "always");
        json.WriteBoolean("split", true);
        json.WriteEndObject();
    }

    private static void WritePair(Utf8JsonWriter json, string name, string token, int id)
    {
        json.WriteStartArray(name);
        json.WriteStringValue(token);
        json.WriteNumberValue(id);
        json.WriteEndArray();
    }

    private static void WriteModel(Utf8JsonWriter json, XlmRobertaTokenizer tokenizer)
    {
        json.WriteStartObject("model");
        json.WriteString("type", "Unigram");
        json.WriteNumber("unk_id", tokenizer.Special.Unknown);
        json.WriteStartArray("vocab");
        for (var id = 0; id < tokenizer.VocabularySize; id++)
        {
            var score = id >= XlmRobertaTokenizer.FairseqTokens.Count && id < tokenizer.Special.Mask ? tokenizer.Model.Pieces[id - 1].Score : 0f;
            json.WriteStartArray();
            json.WriteStringValue(tokenizer.IdToToken(id));
            json.WriteNumberValue(score);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteBoolean("byte_fallback", false);
        json.WriteEndObject();
    }
}
