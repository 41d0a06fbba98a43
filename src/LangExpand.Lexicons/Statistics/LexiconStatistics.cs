using LangExpand.Lexicons.Formats;

namespace LangExpand.Lexicons.Statistics;

/// <summary>How many entries carry one label (a part of speech, a direction, a resource).</summary>
/// <param name="Label">The label; <c>(none)</c> for a missing part of speech.</param>
/// <param name="Count">Entries with it.</param>
public sealed record LabelCount(string Label, int Count);

/// <summary>Counts describing a lexicon; <see cref="LexiconStatisticsReport"/> prints them as Markdown or JSON.</summary>
/// <param name="Entries">Entries in all.</param>
/// <param name="DistinctSources">Distinct source texts.</param>
/// <param name="DistinctTargets">Distinct target texts.</param>
/// <param name="DistinctPairs">Distinct (source text, target text) pairs.</param>
/// <param name="SourcePos">Entries by source part of speech, most frequent first.</param>
/// <param name="TargetPos">Entries by target part of speech, most frequent first.</param>
/// <param name="Directions">Entries by direction (TSV names), in the order both, source-to-target, target-to-source.</param>
/// <param name="Origins">Entries by origin (imported, induced).</param>
/// <param name="Provenance">Entries by resource, most frequent first.</param>
public sealed record LexiconStatistics(
    int Entries,
    int DistinctSources,
    int DistinctTargets,
    int DistinctPairs,
    IReadOnlyList<LabelCount> SourcePos,
    IReadOnlyList<LabelCount> TargetPos,
    IReadOnlyList<LabelCount> Directions,
    IReadOnlyList<LabelCount> Origins,
    IReadOnlyList<LabelCount> Provenance)
{
    /// <summary>The label of entries without a part of speech.</summary>
    public const string NoPos = "(none)";

    /// <summary>Counts the entries of <paramref name="entries"/>, reading them once.</summary>
    public static LexiconStatistics Compute(IEnumerable<LexiconEntry> entries)
    {
        var sources = new HashSet<string>(StringComparer.Ordinal);
        var targets = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new HashSet<(string, string)>();
        var sourcePos = new Dictionary<string, int>(StringComparer.Ordinal);
        var targetPos = new Dictionary<string, int>(StringComparer.Ordinal);
        var directions = Enum.GetValues<LexiconDirection>().ToDictionary(LexiconTsv.Name, _ => 0);
        var origins = Enum.GetValues<LexiconOrigin>().ToDictionary(LexiconTsv.Name, _ => 0);
        var provenance = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        foreach (var entry in entries)
        {
            count++;
            sources.Add(entry.Source.Text);
            targets.Add(entry.Target.Text);
            pairs.Add((entry.Source.Text, entry.Target.Text));
            Increment(sourcePos, entry.Source.Pos ?? NoPos);
            Increment(targetPos, entry.Target.Pos ?? NoPos);
            Increment(directions, LexiconTsv.Name(entry.Direction));
            Increment(origins, LexiconTsv.Name(entry.Provenance.Origin));
            Increment(provenance, entry.Provenance.Resource);
        }
        return new LexiconStatistics(count, sources.Count, targets.Count, pairs.Count, Ranked(sourcePos), Ranked(targetPos),
            InOrder(directions), InOrder(origins), Ranked(provenance));
    }

    private static void Increment(Dictionary<string, int> counts, string label) => counts[label] = counts.GetValueOrDefault(label) + 1;

    private static List<LabelCount> Ranked(Dictionary<string, int> counts) =>
        [.. counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => new LabelCount(p.Key, p.Value))];

    private static List<LabelCount> InOrder(Dictionary<string, int> counts) => [.. counts.Select(p => new LabelCount(p.Key, p.Value))];
}
