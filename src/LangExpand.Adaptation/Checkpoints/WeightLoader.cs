using LangExpand.Adaptation.Modeling;
using LangExpand.Core.Diagnostics;
using TorchSharp;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Checkpoints;

/// <summary>
/// Copies checkpoint tensors into a model by Hugging Face name. Names without the backbone prefix (a bare
/// <c>XLMRobertaModel</c> / <c>BertModel</c> checkpoint) get it; tied decoder weights, the pooler (unless the model has one),
/// the next-sentence head and position-id buffers are ignored. Anything missing or unexpected, or resized without <see cref="WeightLoadOptions.AllowResize"/>,
/// fails with one <c>InvalidModel</c> error listing the names.
/// </summary>
public static class WeightLoader
{
    private static readonly string[] AlwaysIgnored =
        ["lm_head.decoder.weight", "lm_head.decoder.bias", "cls.predictions.decoder.weight", "cls.predictions.decoder.bias", "cls.seq_relationship."];

    /// <summary>Loads <paramref name="tensors"/> (read from <paramref name="source"/>) into <paramref name="model"/>.</summary>
    public static LoadReport Load(nn.Module model, EncoderConfig config, IReadOnlyDictionary<string, Tensor> tensors, string source, WeightLoadOptions? options = null)
    {
        options ??= new WeightLoadOptions();
        var parameters = model.state_dict();
        var (loaded, unexpected, resized, ignored) = (new List<string>(), new List<string>(), new List<string>(), new List<string>());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using (no_grad())
        {
            foreach (var (rawName, tensor) in tensors.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                var name = Normalize(rawName, config, parameters);
                if (IsIgnored(name, config, options, parameters))
                {
                    ignored.Add(rawName);
                }
                else if (!parameters.TryGetValue(name, out var target))
                {
                    unexpected.Add(rawName);
                }
                else
                {
                    seen.Add(name);
                    if (!target.shape.SequenceEqual(tensor.shape))
                    {
                        resized.Add($"{name}: [{string.Join(", ", tensor.shape)}] → [{string.Join(", ", target.shape)}]");
                        CopyOverlap(tensor, target);
                    }
                    else
                    {
                        target.copy_(tensor);
                    }
                    loaded.Add(name);
                }
            }
        }
        var absent = parameters.Keys.Where(n => !seen.Contains(n)).Order(StringComparer.Ordinal).ToList();
        var initialized = absent.Where(n => options.NewParameterPrefixes.Any(p => n.StartsWith(p, StringComparison.Ordinal))).ToList();
        var missing = absent.Except(initialized).ToList();
        var report = new LoadReport(source, loaded, missing, unexpected, resized, ignored, initialized);
        if (missing.Count > 0 || unexpected.Count > 0 || (resized.Count > 0 && !options.AllowResize))
        {
            throw new LangExpandException(ErrorCode.InvalidModel, $"checkpoint does not match the model: {string.Join("; ", report.Lines().Skip(1).Select(l => l.Trim()))}",
                new SourceLocation(source, 0), resized.Count > 0 && missing.Count == 0 && unexpected.Count == 0
                    ? "tensors of the configured shapes (resizing was not asked for)" : "the tensors config.json describes");
        }
        return report;
    }

    private static string Normalize(string name, EncoderConfig config, IReadOnlyDictionary<string, Tensor> parameters)
    {
        var prefixed = $"{config.BackboneName}.{name}";
        return !parameters.ContainsKey(name) && parameters.ContainsKey(prefixed) ? prefixed : name;
    }

    private static bool IsIgnored(string name, EncoderConfig config, WeightLoadOptions options, IReadOnlyDictionary<string, Tensor> parameters) =>
        AlwaysIgnored.Any(p => name.StartsWith(p, StringComparison.Ordinal))
        || (name.StartsWith($"{config.BackboneName}.pooler.", StringComparison.Ordinal) && !parameters.ContainsKey(name))
        || name.EndsWith(".position_ids", StringComparison.Ordinal)
        || options.IgnoredPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal));

    private static void CopyOverlap(Tensor source, Tensor target)
    {
        if (source.dim() != target.dim())
        {
            throw new LangExpandException(ErrorCode.InvalidModel, $"a tensor has {source.dim()} dimensions where the model has {target.dim()}");
        }
        var (from, to) = (source, target);
        for (var d = 0; d < target.dim(); d++)
        {
            var length = Math.Min(source.shape[d], target.shape[d]);
            from = from.narrow(d, 0, length);
            to = to.narrow(d, 0, length);
        }
        to.copy_(from);
    }
}
