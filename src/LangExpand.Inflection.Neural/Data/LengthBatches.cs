namespace LangExpand.Inflection.Neural.Data;

/// <summary>Batching by length: examples sorted by source then target length (stable), cut into batches of a fixed size.</summary>
internal static class LengthBatches
{
    /// <summary>The batches of <paramref name="examples"/>, each of at most <paramref name="size"/> examples of similar length.</summary>
    public static IReadOnlyList<EncodedExample[]> Create(IReadOnlyList<EncodedExample> examples, int size) =>
        [.. examples.OrderBy(e => e.Source.Length).ThenBy(e => e.Target.Length).Chunk(size)];
}
