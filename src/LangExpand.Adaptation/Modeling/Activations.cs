using LangExpand.Core.Diagnostics;
using TorchSharp;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Modeling;

/// <summary>The feed-forward activations of <c>hidden_act</c>.</summary>
internal static class Activations
{
    private static readonly double TanhScale = Math.Sqrt(2 / Math.PI);

    /// <summary>The activation named <paramref name="name"/>, or an <c>InvalidModel</c> error.</summary>
    public static Func<Tensor, Tensor> Resolve(string name) => name switch
    {
        "gelu" => x => nn.functional.gelu(x),
        "gelu_new" or "gelu_pytorch_tanh" => TanhGelu,
        "relu" => x => nn.functional.relu(x),
        _ => throw new LangExpandException(ErrorCode.InvalidModel, $"unsupported hidden_act '{name}'", expected: "gelu, gelu_new, gelu_pytorch_tanh or relu"),
    };

    private static Tensor TanhGelu(Tensor x)
    {
        using var cube = x.pow(3);
        using var inner = (x + cube * 0.044715) * TanhScale;
        using var gate = inner.tanh_().add_(1.0);
        return x * gate * 0.5;
    }
}
