namespace LangExpand.Parallel.Alignment;

/// <summary>
/// Combines a forward and a reverse alignment of the same sentence pair (both in source-target orientation), following
/// Koehn's definitions (Moses' <c>symal</c>): start from the intersection; GROW-DIAG repeatedly sweeps the current links in
/// (source, target) order and adds any union link among the eight neighbours — left, up, right, down, then the diagonals —
/// whose source or target word is still unaligned; FINAL then visits the forward links and the reverse links in order and
/// adds those whose source or (for FINAL-AND) source and target words are still unaligned.
/// </summary>
public static class Symmetrizer
{
    private static readonly (int Source, int Target)[] Neighbours = [(-1, 0), (0, -1), (1, 0), (0, 1), (-1, -1), (-1, 1), (1, -1), (1, 1)];

    /// <summary>Combines <paramref name="forward"/> and <paramref name="reverse"/> by <paramref name="method"/>.</summary>
    public static WordAlignment Combine(WordAlignment forward, WordAlignment reverse, SymmetrizationMethod method) => method switch
    {
        SymmetrizationMethod.Intersection => new WordAlignment(forward.Links.Where(reverse.Contains)),
        SymmetrizationMethod.Union => new WordAlignment(forward.Links.Concat(reverse.Links)),
        _ => Grow(forward, reverse, method),
    };

    /// <summary>Koehn's grow-diag-final-and.</summary>
    public static WordAlignment GrowDiagFinalAnd(WordAlignment forward, WordAlignment reverse) =>
        Combine(forward, reverse, SymmetrizationMethod.GrowDiagFinalAnd);

    private static WordAlignment Grow(WordAlignment forward, WordAlignment reverse, SymmetrizationMethod method)
    {
        var union = Combine(forward, reverse, SymmetrizationMethod.Union);
        if (union.Count == 0)
        {
            return union;
        }
        var grid = new LinkGrid(union.Links.Max(l => l.Source) + 1, union.Links.Max(l => l.Target) + 1);
        foreach (var link in forward.Links.Where(reverse.Contains))
        {
            grid.Add(link.Source, link.Target);
        }
        GrowDiag(grid, union);
        if (method != SymmetrizationMethod.GrowDiag)
        {
            var both = method == SymmetrizationMethod.GrowDiagFinalAnd;
            Final(grid, forward, both);
            Final(grid, reverse, both);
        }
        return new WordAlignment(grid.Links());
    }

    private static void GrowDiag(LinkGrid grid, WordAlignment union)
    {
        bool added;
        do
        {
            added = false;
            for (var i = 0; i < grid.Sources; i++)
            {
                for (var j = 0; j < grid.Targets; j++)
                {
                    if (!grid.Has(i, j))
                    {
                        continue;
                    }
                    foreach (var (di, dj) in Neighbours)
                    {
                        var (ni, nj) = (i + di, j + dj);
                        if (grid.Inside(ni, nj) && grid.Touches(ni, nj, both: false) && union.Contains(new AlignmentLink(ni, nj)))
                        {
                            grid.Add(ni, nj);
                            added = true;
                        }
                    }
                }
            }
        }
        while (added);
    }

    private static void Final(LinkGrid grid, WordAlignment directional, bool both)
    {
        foreach (var link in directional.Links)
        {
            if (grid.Touches(link.Source, link.Target, both))
            {
                grid.Add(link.Source, link.Target);
            }
        }
    }
}
