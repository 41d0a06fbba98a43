namespace LangExpand.Adaptation.Evaluation;

/// <summary>
/// Labelled spans of a BIO tag sequence, read as conlleval does: <c>B-X</c> starts a span, <c>I-X</c> continues a span of
/// type X or starts one after anything else, <c>O</c> (or any label without a <c>B-</c>/<c>I-</c> prefix) ends it.
/// </summary>
public static class BioSpans
{
    /// <summary>Whether <paramref name="labels"/> look like BIO tags (some label starts with <c>B-</c> or <c>I-</c>).</summary>
    public static bool AreBio(IEnumerable<string> labels) => labels.Any(l => l.StartsWith("B-", StringComparison.Ordinal) || l.StartsWith("I-", StringComparison.Ordinal));

    /// <summary>The spans of <paramref name="tags"/> as (first word, last word, type).</summary>
    public static IReadOnlyList<(int Start, int End, string Type)> Extract(IReadOnlyList<string> tags)
    {
        var spans = new List<(int, int, string)>();
        var (start, type) = (-1, "");
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var continues = tag.StartsWith("I-", StringComparison.Ordinal) && start >= 0 && tag[2..] == type;
            if (continues)
            {
                continue;
            }
            if (start >= 0)
            {
                spans.Add((start, i - 1, type));
            }
            (start, type) = tag.StartsWith("B-", StringComparison.Ordinal) || tag.StartsWith("I-", StringComparison.Ordinal) ? (i, tag[2..]) : (-1, "");
        }
        return spans;
    }

    /// <summary>Micro-averaged span F1 of <paramref name="predicted"/> against <paramref name="gold"/> (sentence by sentence).</summary>
    public static double F1(IReadOnlyList<IReadOnlyList<string>> gold, IReadOnlyList<IReadOnlyList<string>> predicted)
    {
        var (correct, goldCount, predictedCount) = (0, 0, 0);
        for (var s = 0; s < gold.Count; s++)
        {
            var goldSpans = Extract(gold[s]);
            var predictedSpans = Extract(predicted[s]);
            correct += predictedSpans.Intersect(goldSpans).Count();
            (goldCount, predictedCount) = (goldCount + goldSpans.Count, predictedCount + predictedSpans.Count);
        }
        return correct == 0 ? 0 : 2.0 * correct / (goldCount + predictedCount);
    }
}
