using System.Text.Json;
using LangExpand.Core.Diagnostics;
using LangExpand.TestKit;
using LangExpand.Tokenization.Bert;

namespace LangExpand.Tokenization.Tests;

public class TokenizerDirectoryTests
{
    [Fact]
    public void An_xlmr_tokenizer_saves_the_files_hugging_face_expects_and_loads_back()
    {
        using var scratch = new ScratchDirectory();
        var tokenizer = XlmRobertaTokenizer.FromModel(SampleText.EnglishModel());
        TokenizerDirectory.Save(tokenizer, scratch.Root);
        Assert.Equal(["sentencepiece.bpe.model", "special_tokens_map.json", "tokenizer.json", "tokenizer_config.json"], scratch.Entries());
        var loaded = Assert.IsType<XlmRobertaTokenizer>(TokenizerDirectory.Load(scratch.Root));
        Assert.Equal(tokenizer.Encode("the lake and the tree"), loaded.Encode("the lake and the tree"));
        using var config = JsonDocument.Parse(File.ReadAllText(scratch.Path("tokenizer_config.json")));
        Assert.Equal("XLMRobertaTokenizer", config.RootElement.GetProperty("tokenizer_class").GetString());
        Assert.Equal("<mask>", config.RootElement.GetProperty("mask_token").GetString());
    }

    [Fact]
    public void Tokenizer_json_lists_the_unigram_vocabulary_in_id_order()
    {
        using var scratch = new ScratchDirectory();
        var tokenizer = XlmRobertaTokenizer.FromModel(SampleText.EnglishModel());
        TokenizerDirectory.Save(tokenizer, scratch.Root);
        using var json = JsonDocument.Parse(File.ReadAllText(scratch.Path("tokenizer.json")));
        var model = json.RootElement.GetProperty("model");
        Assert.Equal("Unigram", model.GetProperty("type").GetString());
        Assert.Equal(3, model.GetProperty("unk_id").GetInt32());
        var vocab = model.GetProperty("vocab").EnumerateArray().ToList();
        Assert.Equal(tokenizer.VocabularySize, vocab.Count);
        for (var id = 0; id < vocab.Count; id++)
        {
            Assert.Equal(tokenizer.IdToToken(id), vocab[id][0].GetString());
        }
        Assert.Equal(tokenizer.Model.Pieces[3].Score, vocab[4][1].GetSingle());
        Assert.Equal("Metaspace", json.RootElement.GetProperty("pre_tokenizer").GetProperty("type").GetString());
        Assert.Equal("RobertaProcessing", json.RootElement.GetProperty("post_processor").GetProperty("type").GetString());
    }

    [Fact]
    public void A_bert_directory_lower_cases_as_its_config_says()
    {
        using var scratch = new ScratchDirectory();
        scratch.Write("vocab.txt", "[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\nthe\nThe\n");
        scratch.Write("tokenizer_config.json", """{"do_lower_case": false}""");
        var tokenizer = Assert.IsType<BertWordPieceTokenizer>(TokenizerDirectory.Load(scratch.Root));
        Assert.Equal([2, 6, 3], tokenizer.Encode("The"));
        using var saved = new ScratchDirectory();
        TokenizerDirectory.Save(tokenizer, saved.Root);
        Assert.Equal(["special_tokens_map.json", "tokenizer_config.json", "vocab.txt"], saved.Entries());
        Assert.False(Assert.IsType<BertWordPieceTokenizer>(TokenizerDirectory.Load(saved.Root)).LowerCase);
    }

    [Fact]
    public void A_directory_without_tokenizer_files_is_refused()
    {
        using var scratch = new ScratchDirectory();
        var error = Assert.Throws<LangExpandException>(() => TokenizerDirectory.Load(scratch.Root));
        Assert.Contains("vocab.txt", error.Message);
    }

    [Fact]
    public void Unsupported_special_tokens_are_refused_naming_the_file()
    {
        using var scratch = new ScratchDirectory();
        scratch.Write("vocab.txt", "[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\n");
        scratch.Write("special_tokens_map.json", """{"cls_token": {"content": "<cls>"}}""");
        var error = Assert.Throws<LangExpandException>(() => TokenizerDirectory.Load(scratch.Root));
        Assert.Contains("special_tokens_map.json", error.Message);
    }

    [Fact]
    public void Malformed_config_json_names_the_file()
    {
        using var scratch = new ScratchDirectory();
        scratch.Write("vocab.txt", "[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\n");
        scratch.Write("tokenizer_config.json", "{do_lower_case");
        var error = Assert.Throws<LangExpandException>(() => TokenizerDirectory.Load(scratch.Root));
        Assert.Equal(ErrorCode.MalformedDocument, error.Code);
        Assert.Contains("tokenizer_config.json", error.Message);
    }

    [Fact]
    public void A_tokenizer_json_that_would_go_stale_is_not_overwritten()
    {
        using var scratch = new ScratchDirectory();
        scratch.Write("tokenizer.json", "{}");
        var bert = new BertWordPieceTokenizer(new BertVocabulary(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]), lowerCase: true);
        Assert.Throws<LangExpandException>(() => TokenizerDirectory.Save(bert, scratch.Root));
        Assert.Equal("{}", File.ReadAllText(scratch.Path("tokenizer.json")));
    }
}
