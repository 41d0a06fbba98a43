namespace LangExpand.Adaptation.Checkpoints;

/// <summary>How a checkpoint's tensors matched a model's parameters.</summary>
/// <param name="Source">The checkpoint directory.</param>
/// <param name="Loaded">Parameters copied from the checkpoint.</param>
/// <param name="Missing">Model parameters the checkpoint lacks (those the caller declared new are in <paramref name="Initialized"/>).</param>
/// <param name="Unexpected">Checkpoint tensors no parameter takes.</param>
/// <param name="Resized">Parameters whose checkpoint shape differed: <c>name: checkpoint shape → model shape</c>.</param>
/// <param name="Ignored">Checkpoint tensors deliberately left out (tied decoder weights, pooler, next-sentence head, position-id buffers).</param>
/// <param name="Initialized">New parameters the checkpoint was not expected to have (a task head), left as initialised.</param>
public sealed record LoadReport(
    string Source,
    IReadOnlyList<string> Loaded,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> Unexpected,
    IReadOnlyList<string> Resized,
    IReadOnlyList<string> Ignored,
    IReadOnlyList<string> Initialized)
{
    /// <summary>One line per finding, for logs.</summary>
    public IEnumerable<string> Lines()
    {
        yield return $"{Source}: {Loaded.Count} tensors loaded";
        foreach (var (label, names) in new[] { ("missing", Missing), ("unexpected", Unexpected), ("resized", Resized), ("ignored", Ignored), ("newly initialised", Initialized) })
        {
            if (names.Count > 0)
            {
                yield return $"  {label} ({names.Count}): {string.Join(", ", names.Take(8))}{(names.Count > 8 ? ", …" : "")}";
            }
        }
    }
}
