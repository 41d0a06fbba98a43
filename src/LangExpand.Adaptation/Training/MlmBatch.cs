using static TorchSharp.torch;

namespace LangExpand.Adaptation.Training;

/// <summary>One micro-batch of masked sequences, as tensors on the training device.</summary>
/// <param name="InputIds">Ids after masking, <c>[batch, length]</c>.</param>
/// <param name="AttentionMask">True for real tokens, or null when nothing is padded.</param>
/// <param name="MaskedPositions">True where a prediction is scored.</param>
/// <param name="Labels">The original ids at the scored positions, in row-major order.</param>
/// <param name="RealTokens">Non-pad tokens in the batch.</param>
public sealed record MlmBatch(Tensor InputIds, Tensor? AttentionMask, Tensor MaskedPositions, Tensor Labels, long RealTokens) : IDisposable
{
    /// <inheritdoc />
    public void Dispose()
    {
        InputIds.Dispose();
        AttentionMask?.Dispose();
        MaskedPositions.Dispose();
        Labels.Dispose();
    }
}
