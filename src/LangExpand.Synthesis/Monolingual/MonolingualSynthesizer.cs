using LangExpand.Core.IO;
using LangExpand.Synthesis.Labelled;
using LangExpand.Synthesis.Substitution;

namespace LangExpand.Synthesis.Monolingual;

/// <summary>
/// Pseudo-monolingual text for masked-language-model training: substitutes over source sentences (one per line) and
/// keeps those with enough substituted words and coverage, dropping repeated source lines, up to a cap. Every decision
/// depends only on the line, its number and the seed, so a shard scans the lines before its block cheaply (lookups and
/// choices, no re-inflection or writing) to learn which were kept and which were seen, and writes its own block: the
/// shards' outputs concatenated equal a single run's.
/// </summary>
public sealed class MonolingualSynthesizer(TextSynthesizer text, MonolingualOptions options)
{
    /// <summary>
    /// The kept target sentences of this run's shard, lazily. <paramref name="lineCount"/> is the input's number of lines
    /// (needed to cut shards; null when there is one shard).
    /// </summary>
    public IEnumerable<string> Synthesize(IEnumerable<TextLine> lines, long? lineCount, SynthesisStatistics statistics)
    {
        var shard = options.Shard ?? Shard.Whole;
        var (start, end) = shard.Count == 1 ? (0, long.MaxValue) : shard.Block(lineCount ?? throw new ArgumentNullException(nameof(lineCount)));
        var seen = new HashSet<ulong>();
        var kept = 0L;
        foreach (var line in lines)
        {
            var index = line.Number - 1L;
            if (index >= end || kept >= options.MaxSentences)
            {
                yield break;
            }
            var inBlock = index >= start;
            if (line.Text.AsSpan().IsWhiteSpace())
            {
                continue;
            }
            if (options.Dedupe && !seen.Add(Fingerprint(line.Text)))
            {
                if (inBlock)
                {
                    statistics.Duplicate();
                }
                continue;
            }
            var plan = text.Plan(line.Text, options.Choice.Start(index));
            var coverage = plan.Coverage;
            var keep = coverage.Meets(options.MinCoverage, options.MinSubstituted);
            var variants = keep ? (int)Math.Min(coverage.Variants, options.MaxSentences - kept) : 0;
            kept += variants;
            if (!inBlock)
            {
                continue;
            }
            statistics.Sentence(coverage, variants);
            var replacements = variants > 0 ? text.Realize(plan) : [];
            for (var variant = 0; variant < variants; variant++)
            {
                foreach (var replacement in replacements)
                {
                    statistics.Made(TextSynthesizer.Pick(replacement, variant).Result.Source);
                }
                yield return TextSynthesizer.Write(plan, replacements, variant);
            }
        }
    }

    /// <summary>A 64-bit FNV-1a hash of the line's UTF-16 code units: stable across runs and machines.</summary>
    private static ulong Fingerprint(string line)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in line)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }
        return hash;
    }
}
