using LangExpand.Parallel.Text;

namespace LangExpand.Parallel.Verses;

/// <summary>Two Bibles' verses paired by id, and what did not pair.</summary>
/// <param name="Pairs">Source and target text of each matched verse, with the verse id, in source order.</param>
/// <param name="Report">Counts and ids of what was left out.</param>
public sealed record VerseAlignment(IReadOnlyList<SentencePair> Pairs, VerseMatchReport Report);

/// <summary>What verse matching found.</summary>
/// <param name="Paired">Verse pairs kept.</param>
/// <param name="OnlyInSource">Ids found in the source Bible only.</param>
/// <param name="OnlyInTarget">Ids found in the target Bible only.</param>
/// <param name="Empty">Ids (first of their group) left out because one side or both had no text.</param>
/// <param name="Merged">Kept pairs in which at least one side is a merged verse or several verses joined.</param>
public sealed record VerseMatchReport(int Paired, IReadOnlyList<string> OnlyInSource, IReadOnlyList<string> OnlyInTarget,
    IReadOnlyList<string> Empty, int Merged)
{
    /// <summary>A summary line, then one line per kind of mismatch that occurred, for people.</summary>
    public IEnumerable<string> Lines()
    {
        yield return $"verses: {Paired} pairs, {Merged} with merged verses; {OnlyInSource.Count} only in source, "
            + $"{OnlyInTarget.Count} only in target, {Empty.Count} left out as empty";
        if (OnlyInSource.Count > 0)
        {
            yield return $"  only in source: {BibleReadReport.Abbreviate(OnlyInSource)}";
        }
        if (OnlyInTarget.Count > 0)
        {
            yield return $"  only in target: {BibleReadReport.Abbreviate(OnlyInTarget)}";
        }
        if (Empty.Count > 0)
        {
            yield return $"  empty: {BibleReadReport.Abbreviate(Empty)}";
        }
    }
}
