using LangExpand.Core.Diagnostics;
using LangExpand.TestKit;
using LangExpand.Tokenization.SentencePiece;

namespace LangExpand.Tokenization.Tests.SentencePiece;

public class SentencePieceModelFileTests
{
    [Fact]
    public void A_piece_is_encoded_with_the_field_numbers_of_sentencepiece_model_proto()
    {
        var model = new SentencePieceModel { Pieces = [new ModelPiece("<unk>", 0, PieceType.Unknown)] };
        var bytes = SentencePieceModelFile.Serialize(model);
        // pieces = 1 (length-delimited): piece = 1 "<unk>", score = 2 (fixed32) 0.0, type = 3 (varint) UNKNOWN = 2
        byte[] piece = [0x0A, 14, 0x0A, 5, (byte)'<', (byte)'u', (byte)'n', (byte)'k', (byte)'>', 0x15, 0, 0, 0, 0, 0x18, 2];
        Assert.Equal(piece, bytes[..piece.Length]);
        // trainer_spec = 2: model_type = 3 UNIGRAM, vocab_size = 4 0, unk_id = 40 0, bos_id = 41 1, eos_id = 42 2, pad_id = 43 -1
        byte[] trainerStart = [0x12, 25, 0x18, 1, 0x20, 0, 0xC0, 0x02, 0, 0xC8, 0x02, 1, 0xD0, 0x02, 2, 0xD8, 0x02, 0xFF];
        Assert.Equal(trainerStart, bytes[piece.Length..(piece.Length + trainerStart.Length)]);
        // normalizer_spec = 3: name = 1 "identity", add_dummy_prefix = 3, remove_extra_whitespaces = 4, escape_whitespaces = 5
        byte[] normalizer = [0x1A, 16, 0x0A, 8, .. "identity"u8.ToArray(), 0x18, 1, 0x20, 1, 0x28, 1];
        Assert.Equal(normalizer, bytes[^normalizer.Length..]);
    }

    [Fact]
    public void Write_read_write_gives_the_same_bytes()
    {
        using var scratch = new ScratchDirectory();
        var model = SampleText.EnglishModel();
        var path = scratch.Path("m.model");
        SentencePieceModelFile.Write(path, model);
        var read = SentencePieceModelFile.Read(path);
        Assert.Equal(File.ReadAllBytes(path), SentencePieceModelFile.Serialize(read));
        Assert.Equal(model.Pieces, read.Pieces);
        Assert.Equal(model.Trainer with { OtherFields = default }, read.Trainer with { OtherFields = default });
    }

    [Fact]
    public void Fields_this_code_does_not_model_are_kept_verbatim()
    {
        byte[] charsmap = [0x12, 3, 1, 2, 3];
        byte[] selfTest = [0x22, 2, 0x0A, 0];
        var trained = SampleText.EnglishModel();
        var model = trained with { Normalizer = trained.Normalizer with { Name = "nmt_nfkc", OtherFields = charsmap }, OtherFields = selfTest };
        var read = SentencePieceModelFile.Read(new MemoryStream(SentencePieceModelFile.Serialize(model)), "m.model");
        Assert.Equal("nmt_nfkc", read.Normalizer.Name);
        Assert.Equal(charsmap, read.Normalizer.OtherFields.ToArray());
        Assert.Equal(selfTest, read.OtherFields.ToArray());
    }

    [Fact]
    public void A_truncated_model_names_the_file()
    {
        using var scratch = new ScratchDirectory();
        var bytes = SentencePieceModelFile.Serialize(SampleText.EnglishModel());
        var path = scratch.Write("broken.model", bytes[..(bytes.Length / 2)]);
        var error = Assert.Throws<LangExpandException>(() => SentencePieceModelFile.Read(path));
        Assert.Equal(ErrorCode.InvalidModel, error.Code);
        Assert.Contains("broken.model", error.Message);
    }

    [Fact]
    public void A_model_whose_unk_id_is_not_an_unknown_piece_names_the_file()
    {
        var model = new SentencePieceModel { Pieces = [new ModelPiece("a", -1)] };
        var error = Assert.Throws<LangExpandException>(() =>
            SentencePieceModelFile.Read(new MemoryStream(SentencePieceModelFile.Serialize(model)), "odd.model"));
        Assert.Contains("odd.model", error.Message);
        Assert.Contains("unk_id", error.Message);
    }

    [Fact]
    public void Text_that_is_not_a_model_names_the_file()
    {
        var error = Assert.Throws<LangExpandException>(() =>
            SentencePieceModelFile.Read(new MemoryStream("[CLS]\n[SEP]\n"u8.ToArray()), "vocab.model"));
        Assert.Contains("vocab.model", error.Message);
    }
}
