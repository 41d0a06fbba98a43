namespace LangExpand.Morphology.Classifier;

/// <summary>
/// The parts an edit tree is scored by, so that trees sharing a part share evidence: the whole tree, and for a tree whose
/// root keeps a middle, its prefix side and its suffix side (subtree or nothing). Finnish <c>lienet pänninyt</c> and
/// <c>olen pänninyt</c> are different trees but share the suffix side <c>"ä"→"nyt"</c>. Part ids are given in tree order,
/// then whole, prefix, suffix, so the same trees always get the same ids.
/// </summary>
internal static class TreeParts
{
    private enum Side
    {
        Whole,
        Prefix,
        Suffix,
    }

    /// <summary>Per tree, the ids of its parts; and how many distinct parts there are.</summary>
    public static (int[][] Parts, int Count) Index(IReadOnlyList<EditTree> trees)
    {
        var ids = new Dictionary<(Side, EditTree?), int>();
        var parts = trees.Select(tree => PartsOf(tree).Select(part => ids.TryGetValue(part, out var id) ? id : ids[part] = ids.Count).ToArray()).ToArray();
        return (parts, ids.Count);
    }

    private static IEnumerable<(Side, EditTree?)> PartsOf(EditTree tree)
    {
        yield return (Side.Whole, tree);
        if (tree is MatchNode match)
        {
            yield return (Side.Prefix, match.Prefix);
            yield return (Side.Suffix, match.Suffix);
        }
    }
}
