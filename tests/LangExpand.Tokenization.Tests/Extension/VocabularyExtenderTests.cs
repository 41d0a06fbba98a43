using LangExpand.Core.Diagnostics;
using LangExpand.TestKit;
using LangExpand.Tokenization.Bert;
using LangExpand.Tokenization.Extension;
using LangExpand.Tokenization.Training;

namespace LangExpand.Tokenization.Tests.Extension;

public class VocabularyExtenderTests
{
    private static readonly VocabularyExtensionOptions Options = new() { Training = new UnigramTrainerOptions { VocabularySize = 80 }, MaxNewTokens = 20 };

    [Fact]
    public void Xlmr_extension_keeps_old_ids_moves_mask_to_the_end_and_decomposes_with_the_old_tokenizer()
    {
        var old = XlmRobertaTokenizer.FromModel(SampleText.EnglishModel());
        var (tokenizer, extension) = VocabularyExtender.Extend(old, SampleText.Agglutinative, Options);
        var extended = Assert.IsType<XlmRobertaTokenizer>(tokenizer);
        Assert.Equal(20, extension.NewTokens.Count);
        Assert.Equal(old.VocabularySize + 20, extended.VocabularySize);
        Assert.Equal(extended.VocabularySize - 1, extended.Special.Mask);
        Assert.Equal(new Dictionary<int, int> { [old.Special.Mask] = extended.Special.Mask }, extension.OldToNewIds);
        for (var id = 0; id < old.VocabularySize; id++)
        {
            Assert.Equal(old.IdToToken(id), extended.IdToToken(extension.MapOldId(id)));
        }
        Assert.Equal(Enumerable.Range(old.Special.Mask, 20), extension.NewTokens.Select(t => t.Id));
        foreach (var token in extension.NewTokens)
        {
            Assert.Equal(token.Token, extended.IdToToken(token.Id));
            Assert.Null(old.TokenToId(token.Token));
            Assert.Equal(token.OldIds, extension.Decompositions[token.Id]);
            if (token.Token[0] == '\u2581')
            {
                Assert.Equal(old.Encode(token.Token[1..], addSpecialTokens: false), token.OldIds);
            }
        }
    }

    [Fact]
    public void Extension_shortens_target_text_and_is_deterministic()
    {
        var old = XlmRobertaTokenizer.FromModel(SampleText.EnglishModel());
        var (first, extension) = VocabularyExtender.Extend(old, SampleText.Agglutinative, Options);
        var (_, again) = VocabularyExtender.Extend(old, SampleText.Agglutinative, Options);
        Assert.Equal(extension.NewTokens, again.NewTokens);
        int Length(ISubwordTokenizer t) => SampleText.Agglutinative.Sum(l => t.Encode(l).Count);
        Assert.True(Length(first) < Length(old));
    }

    [Fact]
    public void Bert_extension_appends_word_pieces_and_decomposes_them_greedily()
    {
        var old = new BertWordPieceTokenizer(new BertVocabulary(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "t", "a", "l", "o", "##a", "##l", "##o", "##t", "##al"]), lowerCase: true);
        var (tokenizer, extension) = VocabularyExtender.Extend(old, ["Talo talo talo talot talot"], Options with { Training = new UnigramTrainerOptions { VocabularySize = 10 } });
        var extended = Assert.IsType<BertWordPieceTokenizer>(tokenizer);
        Assert.Empty(extension.OldToNewIds);
        Assert.Equal(old.Vocabulary.Tokens, extended.Vocabulary.Tokens.Take(old.VocabularySize));
        var talo = Assert.Single(extension.NewTokens, t => t.Token == "talo");
        Assert.Equal([5, 13, 11], talo.OldIds);
        Assert.All(extension.NewTokens, t => Assert.True(t.Id >= old.VocabularySize));
        Assert.Equal(extended.TokenToId("talo"), extended.Encode("talo", addSpecialTokens: false).Single());
    }

    [Fact]
    public void Extending_a_directory_writes_the_tokenizer_and_the_extension_file()
    {
        using var scratch = new ScratchDirectory();
        TokenizerDirectory.Save(XlmRobertaTokenizer.FromModel(SampleText.EnglishModel()), scratch.Path("base"));
        var extension = VocabularyExtender.ExtendDirectory(scratch.Path("base"), SampleText.Agglutinative, scratch.Path("out"), Options);
        var read = VocabularyExtensionFile.Read(scratch.Path("out", VocabularyExtender.ExtensionFile));
        Assert.Equal(extension.NewTokens, read.NewTokens);
        Assert.Equal(extension.OldToNewIds, read.OldToNewIds);
        Assert.Equal(extension.NewVocabularySize, TokenizerDirectory.Load(scratch.Path("out")).VocabularySize);
    }

    [Fact]
    public void A_malformed_extension_file_names_the_file()
    {
        using var scratch = new ScratchDirectory();
        var path = scratch.Write("vocabulary_extension.json", """{"format_version": 1, "new_tokens": []}""");
        var error = Assert.Throws<LangExpandException>(() => VocabularyExtensionFile.Read(path));
        Assert.Contains("vocabulary_extension.json", error.Message);
    }
}
