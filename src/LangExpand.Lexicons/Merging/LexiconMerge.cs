namespace LangExpand.Lexicons.Merging;

/// <summary>What <see cref="LexiconMerge.Merge"/> did.</summary>
/// <param name="Entries">The merged lexicon, in order of first occurrence.</param>
/// <param name="Read">Entries read from all lexicons.</param>
/// <param name="FilteredOut">Entries the filter dropped.</param>
/// <param name="DuplicatesMerged">Entries folded into an earlier entry with the same sides.</param>
public sealed record LexiconMergeResult(IReadOnlyList<LexiconEntry> Entries, int Read, int FilteredOut, int DuplicatesMerged);

/// <summary>
/// Merges lexicons: filters their entries, then folds duplicates, which share source text and part of speech and target
/// text and part of speech (tags do not count; a missing part of speech differs from any given one). A folded entry keeps the highest score, and the tags and provenance of the
/// entry that has it (the earliest among equals, so the order of the inputs is their priority); its direction is the union
/// of the duplicates' directions (source-to-target and target-to-source make both).
/// </summary>
public static class LexiconMerge
{
    /// <summary>Merges <paramref name="lexicons"/>, in order, keeping the entries <paramref name="filter"/> keeps (all without one).</summary>
    public static LexiconMergeResult Merge(IEnumerable<IEnumerable<LexiconEntry>> lexicons, LexiconFilter? filter = null)
    {
        var merged = new Dictionary<(string, string?, string, string?), int>();
        var entries = new List<LexiconEntry>();
        int read = 0, filteredOut = 0;
        foreach (var entry in lexicons.SelectMany(lexicon => lexicon))
        {
            read++;
            if (filter is not null && !filter.Keeps(entry))
            {
                filteredOut++;
                continue;
            }
            var key = (entry.Source.Text, entry.Source.Pos, entry.Target.Text, entry.Target.Pos);
            if (merged.TryGetValue(key, out var index))
            {
                entries[index] = Fold(entries[index], entry);
            }
            else
            {
                merged[key] = entries.Count;
                entries.Add(entry);
            }
        }
        return new LexiconMergeResult(entries, read, filteredOut, read - filteredOut - entries.Count);
    }

    private static LexiconEntry Fold(LexiconEntry kept, LexiconEntry duplicate)
    {
        var best = duplicate.Score > kept.Score ? duplicate : kept;
        return best with { Direction = kept.Direction == duplicate.Direction ? kept.Direction : LexiconDirection.Both };
    }
}
