using LangExpand.Core.Inflection;

namespace LangExpand.Morphology.Baseline;

/// <summary>
/// Learns the SIGMORPHON non-neural baseline (Hulden's affix-rule system, 2023 edition) from training triples:
/// (a) decide prefixing vs suffixing from Hamming alignments; (b) align each pair by Levenshtein and split it into
/// prefix | stem | suffix at the outermost gaps; (c) count suffix and prefix rewrite rules per complete feature string.
/// Feature strings are processed in parallel, each one's pairs in training order, so the result does not depend on threads.
/// </summary>
public static class AffixRuleTrainer
{
    /// <summary>Trains on <paramref name="training"/> (triples without a form are skipped).</summary>
    public static AffixRuleInflector Train(IEnumerable<InflectionTriple> training)
    {
        var pairs = training.Where(t => t.Form is not null).ToList();
        var reversed = IsPrefixing(pairs);
        var tables = pairs.GroupBy(t => t.Features.ToString(), StringComparer.Ordinal)
            .AsParallel().AsOrdered()
            .Select(group => (group.Key, Table: BuildTable(group, reversed)))
            .ToList() // PLINQ's own ToDictionary would not keep the first-seen order
            .ToDictionary(g => g.Key, g => g.Table, StringComparer.Ordinal);
        return new AffixRuleInflector(reversed, tables);
    }

    /// <summary>Counts the rules of one feature string's pairs, in training order.</summary>
    private static AffixRuleTable BuildTable(IEnumerable<InflectionTriple> pairs, bool reversed)
    {
        var table = new AffixRuleTable();
        foreach (var triple in pairs)
        {
            AddRules(table, triple, reversed);
        }
        return table;
    }

    /// <summary>
    /// True when gaps pile up at the start of Hamming-aligned pairs more than at the end (pairs containing a space or a
    /// hyphen do not vote).
    /// </summary>
    private static bool IsPrefixing(IReadOnlyList<InflectionTriple> pairs)
    {
        var votes = pairs.AsParallel()
            .Where(t => !HasSpaceOrHyphen(t.Lemma) && !HasSpaceOrHyphen(t.Form!))
            .Select(t =>
            {
                var (leading, trailing) = StringAligner.HammingGaps(CodePoints.Of(t.Lemma), CodePoints.Of(t.Form!));
                return (Leading: (long)leading, Trailing: (long)trailing);
            })
            .Aggregate((Leading: 0L, Trailing: 0L), (sum, v) => (sum.Leading + v.Leading, sum.Trailing + v.Trailing),
                (a, b) => (a.Leading + b.Leading, a.Trailing + b.Trailing), sum => sum);
        return votes.Leading > votes.Trailing;
    }

    private static bool HasSpaceOrHyphen(string text) => text.Contains(' ') || text.Contains('-');

    /// <summary>
    /// Adds the distinct suffix and prefix rules one pair yields. Each suffix rule maps a suffix of the aligned stem+suffix of
    /// the lemma (plus <c>&gt;</c>) to the suffix from the same aligned position of the form; each prefix rule maps
    /// <c>&lt;</c> + lemma prefix + the first i stem characters of the form to <c>&lt;</c> + form prefix + the same characters.
    /// Rule sides are spans of four strings built once per pair; the table allocates only rules it has not seen.
    /// </summary>
    private static void AddRules(AffixRuleTable table, InflectionTriple triple, bool reversed)
    {
        var lemma = CodePoints.Of(reversed ? CodePoints.Reverse(triple.Lemma) : triple.Lemma);
        var form = CodePoints.Of(reversed ? CodePoints.Reverse(triple.Form!) : triple.Form!);
        var (upper, lower) = StringAligner.Levenshtein(lemma, form);
        var start = Math.Max(CodePoints.Leading(upper), CodePoints.Leading(lower));
        var end = upper.Length - Math.Max(CodePoints.Trailing(upper), CodePoints.Trailing(lower));
        // Stem + suffix is upper[start..]; when the prefix and suffix gaps overlap, the reference's suffix starts at end.
        var suffixStart = Math.Min(start, end);
        var suffixIn = new AlignedText("", upper.AsSpan(suffixStart), ">");
        var suffixOut = new AlignedText("", lower.AsSpan(suffixStart), ">");
        for (var i = 0; i < Math.Min(suffixIn.Length, suffixOut.Length); i++)
        {
            // Distinct by construction: an alignment has no column with gaps on both sides.
            table.AddSuffixRule(suffixIn.From(i), suffixOut.From(i));
        }
        var stem = lower.AsSpan(start, Math.Max(0, end - start));
        var prefixIn = new AlignedText("<" + CodePoints.Text(upper.AsSpan(0, Math.Min(start, upper.Length))), stem, "");
        var prefixOut = new AlignedText("<" + CodePoints.Text(lower.AsSpan(0, Math.Min(start, lower.Length))), stem, "");
        for (var i = 0; i < stem.Length; i++)
        {
            if (i == 0 || stem[i - 1] != CodePoints.Pad) // a gap adds nothing: same rule as before
            {
                table.AddPrefixRule(prefixIn.Before(i), prefixOut.Before(i));
            }
        }
    }
}
