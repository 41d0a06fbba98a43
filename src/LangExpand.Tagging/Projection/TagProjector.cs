using LangExpand.Core.Annotated;

namespace LangExpand.Tagging.Projection;

/// <summary>One word-aligned sentence pair: the source words' UPOS, the target words, and the links (source, target) between them.</summary>
/// <param name="SourceTags">The UPOS of each source word.</param>
/// <param name="TargetWords">The target words.</param>
/// <param name="Links">Alignment links as (source index, target index), 0-based.</param>
public sealed record AlignedPair(IReadOnlyList<string> SourceTags, IReadOnlyList<string> TargetWords, IReadOnlyList<(int Source, int Target)> Links);

/// <summary>
/// Annotation projection with type constraints (Yarowsky &amp; Ngai 2001; Täckström et al. 2013; Agić et al. 2016 on Bibles):
/// each target word takes the UPOS most of its aligned source words have (ties: the one linked first); a word of only
/// punctuation and symbols is <c>PUNCT</c>. The projections are then counted per lower-cased target word type, and a word
/// no source word is linked to takes its type's most frequent projected tag when the type was projected onto at least
/// <see cref="ProjectionOptions.TypeMinCount"/> times with that tag's share at least <see cref="ProjectionOptions.TypeMinShare"/>;
/// otherwise it stays unlabelled (<see cref="MorphoLabel.Unknown"/>). Sentences with fewer than
/// <see cref="ProjectionOptions.MinLabelledShare"/> labelled words are dropped. Labels are UPOS only: the FEATS of the target
/// language cannot be read off the source.
/// </summary>
public static class TagProjector
{
    /// <summary>The projected UPOS of each kept pair's target words (null: unlabelled), with the pair's index.</summary>
    public static IReadOnlyList<(int Pair, string?[] Tags)> Project(IReadOnlyList<AlignedPair> pairs, ProjectionOptions options)
    {
        options.Validate();
        var direct = pairs.Select(Direct).ToList();
        var types = TypeTags(pairs, direct, options);
        var kept = new List<(int, string?[])>();
        foreach (var (k, pair) in pairs.Index())
        {
            var tags = direct[k].Select((tag, w) => tag ?? types.GetValueOrDefault(pair.TargetWords[w].ToLowerInvariant())).ToArray();
            if (tags.Length > 0 && tags.Count(t => t is not null) >= options.MinLabelledShare * tags.Length)
            {
                kept.Add((k, tags));
            }
        }
        return kept;
    }

    /// <summary>The tag each target word of <paramref name="pair"/> gets from its own links (null: none).</summary>
    private static string?[] Direct(AlignedPair pair)
    {
        var votes = new List<(string Tag, int Order)>?[pair.TargetWords.Count];
        foreach (var (order, (source, target)) in pair.Links.Index())
        {
            (votes[target] ??= []).Add((pair.SourceTags[source], order));
        }
        return pair.TargetWords.Select((word, w) => IsPunctuation(word) ? "PUNCT"
            : votes[w]?.GroupBy(v => v.Tag).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(v => v.Order)).First().Key).ToArray();
    }

    /// <summary>Each lower-cased target type's confident projected tag.</summary>
    private static Dictionary<string, string> TypeTags(IReadOnlyList<AlignedPair> pairs, IReadOnlyList<string?[]> direct, ProjectionOptions options)
    {
        var counts = new LabelCounts();
        foreach (var (k, pair) in pairs.Index())
        {
            foreach (var (w, tag) in direct[k].Index().Where(t => t.Item is not null))
            {
                counts.Add(pair.TargetWords[w].ToLowerInvariant(), tag!);
            }
        }
        return counts.Best().Where(b => b.Total >= options.TypeMinCount && b.Count >= options.TypeMinShare * b.Total)
            .ToDictionary(b => b.Key, b => b.Label, StringComparer.Ordinal);
    }

    private static bool IsPunctuation(string word) => word.Length > 0 && !word.Any(char.IsLetterOrDigit);
}
