using LangExpand.Core.Diagnostics;
using LangExpand.TestKit;
using LangExpand.Tokenization.Bert;

namespace LangExpand.Tokenization.Tests.Bert;

public class BertWordPieceTokenizerTests
{
    // ids:                                  0       1       2       3       4        5      6      7     8       9
    private static readonly string[] Tokens = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the", "cat", "##s", "play", "##ing"];

    private static BertWordPieceTokenizer Create(bool lowerCase = true) => new(new BertVocabulary(Tokens), lowerCase);

    [Fact]
    public void A_sentence_is_cls_word_pieces_sep()
    {
        var tokenizer = Create();
        Assert.Equal([2, 5, 6, 7, 8, 9, 3], tokenizer.Encode("The cats playing"));
        Assert.Equal([5, 6, 7], tokenizer.Encode("the cats", addSpecialTokens: false));
        Assert.Equal(new SpecialTokenIds(Pad: 0, Unknown: 1, Mask: 4, Cls: 2, Sep: 3), tokenizer.Special);
        Assert.Equal(10, tokenizer.VocabularySize);
    }

    [Fact]
    public void A_cased_tokenizer_does_not_lower_case()
    {
        Assert.Equal([2, 1, 6, 3], Create(lowerCase: false).Encode("The cat"));
    }

    [Fact]
    public void Decoding_joins_continuations_and_drops_special_tokens()
    {
        Assert.Equal("the cats playing", Create().Decode([2, 5, 6, 7, 8, 9, 3, 0]));
    }

    [Fact]
    public void Word_aligned_encoding_points_at_each_words_first_subword()
    {
        var encoding = Create().EncodeWords(["The", "cats", "play"]);
        Assert.Equal([2, 5, 6, 7, 8, 3], encoding.Ids);
        Assert.Equal([1, 2, 4], encoding.WordStarts);
    }

    [Fact]
    public void Tokens_and_ids_map_both_ways()
    {
        var tokenizer = Create();
        Assert.Equal("##s", tokenizer.IdToToken(7));
        Assert.Equal(9, tokenizer.TokenToId("##ing"));
        Assert.Null(tokenizer.TokenToId("dog"));
        Assert.Null(tokenizer.IdToToken(10));
    }

    [Fact]
    public void An_empty_line_in_vocab_txt_names_the_file_and_line()
    {
        using var scratch = new ScratchDirectory();
        var path = scratch.Write("vocab.txt", "[PAD]\n[UNK]\n\n[CLS]\n");
        var error = Assert.Throws<LangExpandException>(() => BertVocabulary.Read(path));
        Assert.Contains($"{path}:3", error.Message);
    }

    [Fact]
    public void A_vocabulary_without_mask_names_the_file()
    {
        using var scratch = new ScratchDirectory();
        var path = scratch.Write("vocab.txt", "[PAD]\n[UNK]\n[CLS]\n[SEP]\nthe\n");
        var error = Assert.Throws<LangExpandException>(() => BertVocabulary.Read(path));
        Assert.Contains(path, error.Message);
        Assert.Contains("[MASK]", error.Message);
    }

    [Fact]
    public void A_duplicate_token_names_its_line()
    {
        var error = Assert.Throws<LangExpandException>(() => BertVocabulary.Read(new MemoryStream("[PAD]\nthe\nthe\n"u8.ToArray()), "v.txt"));
        Assert.Contains("v.txt:3", error.Message);
    }

    [Fact]
    public void An_uncased_tokenizer_strips_accents_unless_told_otherwise()
    {
        Assert.Equal([2, 5, 3], Create().Encode("Thé"));
        Assert.Equal([2, 1, 3], new BertWordPieceTokenizer(new BertVocabulary(Tokens), lowerCase: true, stripAccents: false).Encode("Thé"));
        Assert.Equal("the cafe", Create().Normalize("Thé Café"));
    }
}
