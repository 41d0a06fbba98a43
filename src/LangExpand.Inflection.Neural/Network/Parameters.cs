using LangExpand.Core.Diagnostics;
using static TorchSharp.torch;

namespace LangExpand.Inflection.Neural.Network;

/// <summary>Copies a module's parameters out (to save or keep the best) and back in, checking names and shapes.</summary>
internal static class Parameters
{
    /// <summary>A copy of every parameter on the CPU, by name.</summary>
    public static Dictionary<string, Tensor> Snapshot(nn.Module model)
    {
        using var noGrad = no_grad();
        return model.named_parameters().ToDictionary(p => p.name, p => p.parameter.detach().cpu().clone().DetachFromDisposeScope(), StringComparer.Ordinal);
    }

    /// <summary>Copies <paramref name="values"/> into the parameters; a missing, extra or misshapen tensor is an error naming <paramref name="source"/>.</summary>
    public static void Restore(nn.Module model, IReadOnlyDictionary<string, Tensor> values, string source)
    {
        var parameters = model.named_parameters().ToList();
        var extra = values.Keys.Except(parameters.Select(p => p.name)).FirstOrDefault();
        if (extra is not null)
        {
            throw new LangExpandException(ErrorCode.InvalidModel, $"unexpected tensor '{extra}'", new SourceLocation(source, 0), "the tensors of the configured architecture");
        }
        using var noGrad = no_grad();
        foreach (var (name, parameter) in parameters)
        {
            if (!values.TryGetValue(name, out var value) || !value.shape.SequenceEqual(parameter.shape))
            {
                throw new LangExpandException(ErrorCode.InvalidModel, $"tensor '{name}' is missing or has the wrong shape", new SourceLocation(source, 0),
                    $"shape [{string.Join(", ", parameter.shape)}] as config.yaml and vocab.json describe");
            }
            parameter.copy_(value);
        }
    }
}
