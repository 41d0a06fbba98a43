using LangExpand.Core.Diagnostics;
using LangExpand.Tokenization.Bert;
using LangExpand.Tokenization.SentencePiece;

namespace LangExpand.Tokenization;

/// <summary>
/// The tokenizer files of a Hugging Face model directory. <c>sentencepiece.bpe.model</c> means XLM-R
/// (<see cref="XlmRobertaTokenizer"/>), <c>vocab.txt</c> means BERT (<see cref="BertWordPieceTokenizer"/>, lower-casing as
/// <c>do_lower_case</c> in <c>tokenizer_config.json</c> says, true when absent, as in Hugging Face); special tokens named
/// in <c>special_tokens_map.json</c> must be the standard ones.
/// </summary>
public static class TokenizerDirectory
{
    /// <summary>XLM-R's SentencePiece model file name.</summary>
    public const string SentencePieceFile = "sentencepiece.bpe.model";

    /// <summary>BERT's vocabulary file name.</summary>
    public const string VocabularyFile = "vocab.txt";

    /// <summary>Loads the tokenizer of the model directory <paramref name="directory"/>.</summary>
    public static ISubwordTokenizer Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new LangExpandException(ErrorCode.MissingInput, $"directory not found: {directory}");
        }
        var sentencePiece = Path.Combine(directory, SentencePieceFile);
        var vocabulary = Path.Combine(directory, VocabularyFile);
        ISubwordTokenizer tokenizer;
        if (File.Exists(sentencePiece))
        {
            tokenizer = XlmRobertaTokenizer.Load(sentencePiece);
        }
        else if (File.Exists(vocabulary))
        {
            var config = HuggingFaceTokenizerConfig.Read(Path.Combine(directory, HuggingFaceTokenizerConfig.ConfigFile));
            var lowerCase = !config.TryGetValue("do_lower_case", out var value) || value.ValueKind != System.Text.Json.JsonValueKind.False;
            tokenizer = new BertWordPieceTokenizer(BertVocabulary.Read(vocabulary), lowerCase);
        }
        else
        {
            throw new LangExpandException(ErrorCode.InvalidModel, "no tokenizer files", new SourceLocation(directory, 0),
                $"{SentencePieceFile} (XLM-R) or {VocabularyFile} (BERT)");
        }
        HuggingFaceTokenizerConfig.CheckSpecialTokens(directory, tokenizer);
        return tokenizer;
    }

    /// <summary>
    /// Writes the tokenizer's files into <paramref name="directory"/> (created when missing): the model file,
    /// <c>tokenizer_config.json</c>, <c>special_tokens_map.json</c>, and for a Unigram model with identity normalization
    /// <c>tokenizer.json</c>. A <c>tokenizer.json</c> already there that would go stale is refused, not overwritten.
    /// </summary>
    public static void Save(ISubwordTokenizer tokenizer, string directory)
    {
        Directory.CreateDirectory(directory);
        var tokenizerJson = Path.Combine(directory, HuggingFaceTokenizerJson.FileName);
        var writesJson = tokenizer is XlmRobertaTokenizer unigram && HuggingFaceTokenizerJson.CanRepresent(unigram.Model);
        if (!writesJson && File.Exists(tokenizerJson))
        {
            throw new LangExpandException(ErrorCode.InvalidOption, "the directory has a tokenizer.json this tokenizer would leave stale",
                new SourceLocation(tokenizerJson, 0), "a directory without tokenizer.json");
        }
        switch (tokenizer)
        {
            case XlmRobertaTokenizer xlmr:
                SentencePieceModelFile.Write(Path.Combine(directory, SentencePieceFile), xlmr.Model);
                if (writesJson)
                {
                    HuggingFaceTokenizerJson.Write(tokenizerJson, xlmr);
                }
                HuggingFaceTokenizerConfig.Write(directory, tokenizer, "XLMRobertaTokenizer", lowerCase: null);
                break;
            case BertWordPieceTokenizer bert:
                bert.Vocabulary.Write(Path.Combine(directory, VocabularyFile));
                HuggingFaceTokenizerConfig.Write(directory, tokenizer, "BertTokenizer", bert.LowerCase);
                break;
            default:
                throw new ArgumentException($"cannot save a {tokenizer.GetType().Name}", nameof(tokenizer));
        }
    }
}
