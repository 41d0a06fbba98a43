namespace LangExpand.Morphology.Classifier;

/// <summary>
/// Derives the <see cref="EditTree"/> that turns a lemma into a form: find the longest common substring (the first in
/// lemma order, then form order, on ties), copy it, and recurse on the texts before and after it; where nothing is shared,
/// substitute. Matches never split a UTF-16 surrogate pair, so subtrees hold whole characters.
/// </summary>
public static class EditTreeBuilder
{
    /// <summary>The edit tree that rewrites <paramref name="lemma"/> into <paramref name="form"/>.</summary>
    public static EditTree Build(string lemma, string form) => Build(lemma.AsSpan(), form.AsSpan());

    private static EditTree Build(ReadOnlySpan<char> source, ReadOnlySpan<char> target)
    {
        var (sourceStart, targetStart, length) = LongestCommonSubstring(source, target);
        if (length == 0)
        {
            return new SubstitutionNode(source.ToString(), target.ToString());
        }
        var sourceEnd = sourceStart + length;
        var targetEnd = targetStart + length;
        var prefix = sourceStart == 0 && targetStart == 0 ? null : Build(source[..sourceStart], target[..targetStart]);
        var suffix = sourceEnd == source.Length && targetEnd == target.Length ? null : Build(source[sourceEnd..], target[targetEnd..]);
        return new MatchNode(sourceStart, source.Length - sourceEnd, prefix, suffix);
    }

    /// <summary>The first longest common substring (by source position, then target position) that splits no surrogate pair.</summary>
    internal static (int SourceStart, int TargetStart, int Length) LongestCommonSubstring(ReadOnlySpan<char> source, ReadOnlySpan<char> target)
    {
        var previous = new int[target.Length + 1];
        var current = new int[target.Length + 1];
        var best = (SourceStart: 0, TargetStart: 0, Length: 0);
        for (var i = 0; i < source.Length; i++)
        {
            for (var j = 0; j < target.Length; j++)
            {
                current[j + 1] = source[i] == target[j] ? previous[j] + 1 : 0;
                var length = current[j + 1];
                if (length > best.Length && !char.IsHighSurrogate(source[i]))
                {
                    var start = i + 1 - length;
                    if (char.IsLowSurrogate(source[start]))
                    {
                        start++;
                        length--;
                    }
                    if (length > best.Length)
                    {
                        best = (start, j + 1 - length, length);
                    }
                }
            }
            (previous, current) = (current, previous);
        }
        return best;
    }
}
