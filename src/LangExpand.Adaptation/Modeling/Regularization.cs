using TorchSharp;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Modeling;

/// <summary>Dropout that costs nothing when it is off (probability 0 or evaluation mode).</summary>
internal static class Regularization
{
    /// <summary><paramref name="input"/> with dropout <paramref name="probability"/> applied when <paramref name="training"/>.</summary>
    public static Tensor Dropout(Tensor input, double probability, bool training) =>
        training && probability > 0 ? nn.functional.dropout(input, probability, training) : input;
}
