namespace LangExpand.Parallel.Alignment;

/// <summary>A link between source word <see cref="Source"/> and target word <see cref="Target"/> (0-based positions).</summary>
/// <param name="Source">0-based position in the source sentence.</param>
/// <param name="Target">0-based position in the target sentence.</param>
public readonly record struct AlignmentLink(int Source, int Target) : IComparable<AlignmentLink>
{
    /// <summary>Orders by source position, then target position (the order of Pharaoh output).</summary>
    public int CompareTo(AlignmentLink other) => Source != other.Source ? Source.CompareTo(other.Source) : Target.CompareTo(other.Target);

    /// <summary>The Pharaoh form <c>i-j</c>.</summary>
    public override string ToString() => $"{Source}-{Target}";
}
