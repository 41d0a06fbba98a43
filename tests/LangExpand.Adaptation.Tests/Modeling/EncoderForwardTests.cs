using LangExpand.Adaptation.Modeling;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Tests.Modeling;

public sealed class EncoderForwardTests
{
    [Fact]
    public void XLM_R_position_ids_count_real_tokens_from_pad_plus_one_and_give_pads_the_pad_id()
    {
        using var model = TinyModels.Create(TinyModels.Config(EncoderFamily.XlmRoberta));
        using var ids = tensor(new long[,] { { 0, 5, 6, 2 }, { 0, 7, 2, 1 } });
        using var positions = model.Encoder.PositionIds(ids);
        Assert.Equal(new long[] { 2, 3, 4, 5, 2, 3, 4, 1 }, positions.data<long>().ToArray());
    }

    [Fact]
    public void BERT_position_ids_start_at_zero()
    {
        using var model = TinyModels.Create(TinyModels.Config(EncoderFamily.Bert));
        using var ids = tensor(new long[,] { { 2, 5, 6, 3 } });
        using var positions = model.Encoder.PositionIds(ids);
        Assert.Equal(new long[] { 0, 1, 2, 3 }, positions.data<long>().ToArray());
    }

    [Theory]
    [InlineData(EncoderFamily.XlmRoberta, false)]
    [InlineData(EncoderFamily.Bert, false)]
    [InlineData(EncoderFamily.XlmRoberta, true)]
    public void Padding_does_not_change_the_hidden_states_of_real_tokens(EncoderFamily family, bool preNorm)
    {
        var config = TinyModels.Config(family, preNorm);
        using var model = TinyModels.Create(config);
        var pad = config.PadTokenId;
        using var alone = tensor(new long[,] { { 3, 5, 6, 7, 4 } });
        using var padded = tensor(new long[,] { { 3, 5, 6, 7, 4, pad, pad }, { 3, 8, 9, 10, 11, 12, 4 } });
        using var mask = padded.ne(pad);
        using var expected = model.Encoder.Forward(alone);
        using var actual = model.Encoder.Forward(padded, mask);
        using var firstRow = actual[0].narrow(0, 0, 5);
        Assert.True(allclose(expected[0], firstRow, rtol: 1e-5, atol: 1e-5));
    }

    [Fact]
    public void The_masked_head_returns_one_row_of_vocabulary_logits_per_masked_position()
    {
        var config = TinyModels.Config(EncoderFamily.XlmRoberta);
        using var model = TinyModels.Create(config);
        using var ids = tensor(new long[,] { { 0, 5, 39, 2 }, { 0, 39, 6, 2 } });
        using var masked = ids.eq(39);
        using var logits = model.MaskedLogits(ids, null, masked);
        Assert.Equal(new long[] { 2, config.VocabSize }, logits.shape);
    }
}
