using LangExpand.Core.Diagnostics;
using LangExpand.Tokenization.SentencePiece;
using LangExpand.Tokenization.Training;

namespace LangExpand.Tokenization.Tests;

public class XlmRobertaTokenizerTests
{
    // SentencePiece ids: 0 <unk>, 1 <s>, 2 </s>, 3 ▁, 4 a, 5 b, 6 ▁ab, 7 c  →  Hugging Face ids 3, -, -, 4, 5, 6, 7, 8; <mask> = 9
    private static readonly SentencePieceModel Tiny = new()
    {
        Pieces =
        [
            .. UnigramTrainer.SpecialPieces,
            new ModelPiece("\u2581", -2), new ModelPiece("a", -3), new ModelPiece("b", -3), new ModelPiece("\u2581ab", -1), new ModelPiece("c", -3),
        ],
    };

    [Fact]
    public void Ids_follow_the_fairseq_layout_of_hugging_face()
    {
        var tokenizer = XlmRobertaTokenizer.FromModel(Tiny);
        Assert.Equal([0, 7, 4, 8, 2], tokenizer.Encode("ab c"));
        Assert.Equal([7, 4, 8], tokenizer.Encode("ab c", addSpecialTokens: false));
        Assert.Equal([0, 4, 3, 2], tokenizer.Encode("z"));
        Assert.Equal(new SpecialTokenIds(Pad: 1, Unknown: 3, Mask: 9, Cls: 0, Sep: 2), tokenizer.Special);
        Assert.Equal(10, tokenizer.VocabularySize);
    }

    [Fact]
    public void Token_strings_and_ids_map_both_ways()
    {
        var tokenizer = XlmRobertaTokenizer.FromModel(Tiny);
        Assert.Equal(["<s>", "<pad>", "</s>", "<unk>", "\u2581", "a", "b", "\u2581ab", "c", "<mask>"],
            Enumerable.Range(0, 10).Select(tokenizer.IdToToken));
        Assert.Null(tokenizer.IdToToken(10));
        Assert.Equal(7, tokenizer.TokenToId("\u2581ab"));
        Assert.Equal(9, tokenizer.TokenToId("<mask>"));
        Assert.Equal(3, tokenizer.TokenToId("<unk>"));
        Assert.Null(tokenizer.TokenToId("zz"));
    }

    [Fact]
    public void Decoding_leaves_out_special_tokens()
    {
        var tokenizer = XlmRobertaTokenizer.FromModel(Tiny);
        Assert.Equal("ab c", tokenizer.Decode([0, 7, 4, 8, 2, 1, 9]));
    }

    [Fact]
    public void Word_aligned_encoding_points_at_each_words_first_subword()
    {
        var tokenizer = XlmRobertaTokenizer.FromModel(Tiny);
        var encoding = tokenizer.EncodeWords(["ab", "c", "ab"]);
        Assert.Equal([0, 7, 4, 8, 7, 2], encoding.Ids);
        Assert.Equal([1, 2, 4], encoding.WordStarts);
    }

    [Fact]
    public void A_model_without_xlmr_layout_is_refused()
    {
        var model = Tiny with { Pieces = [Tiny.Pieces[0], .. Tiny.Pieces.Skip(3)] };
        var error = Assert.Throws<LangExpandException>(() => XlmRobertaTokenizer.FromModel(model, "plain.model"));
        Assert.Contains("plain.model", error.Message);
    }

    [Fact]
    public void Raw_piece_text_is_segmented_without_a_dummy_prefix()
    {
        var tokenizer = XlmRobertaTokenizer.FromModel(Tiny);
        Assert.Equal([7], tokenizer.EncodeRawPieceText("\u2581ab"));
        Assert.Equal([5, 6], tokenizer.EncodeRawPieceText("ab"));
    }
}
