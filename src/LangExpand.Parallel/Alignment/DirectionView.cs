using LangExpand.Parallel.Corpus;

namespace LangExpand.Parallel.Alignment;

/// <summary>
/// A corpus seen from one alignment direction: the given (conditioning) side and the generated side, without copying.
/// Forward generates target words from source words; reverse generates source words from target words.
/// </summary>
internal sealed record DirectionView(CorpusSide Given, CorpusSide Generated, AlignmentDirection Direction)
{
    public static DirectionView Of(ParallelCorpus corpus, AlignmentDirection direction) => direction == AlignmentDirection.Forward
        ? new DirectionView(corpus.SourceSide, corpus.TargetSide, direction)
        : new DirectionView(corpus.TargetSide, corpus.SourceSide, direction);

    /// <summary>The link, in source-target orientation, between given position <paramref name="given"/> and generated position <paramref name="generated"/>.</summary>
    public AlignmentLink Link(int given, int generated) => Direction == AlignmentDirection.Forward
        ? new AlignmentLink(given, generated)
        : new AlignmentLink(generated, given);
}
