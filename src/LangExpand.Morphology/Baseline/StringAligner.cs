namespace LangExpand.Morphology.Baseline;

/// <summary>
/// The two alignments of the SIGMORPHON non-neural baseline, reproduced exactly, tie-breaking included: a Hamming
/// alignment that slides one string against the other (used to decide prefixing vs suffixing), and a Levenshtein
/// alignment with substitution cost 1.1 (so that insertions and deletions are preferred) whose ties are broken in the
/// order match/substitute, insert, delete, accumulating costs in the same floating-point order as the reference.
/// </summary>
internal static class StringAligner
{
    private const double InsertCost = 1.0;
    private const double DeleteCost = 1.0;
    private const double SubstituteCost = 1.1;

    /// <summary>Slides <paramref name="s"/> against <paramref name="t"/> with gap padding and keeps the placement with fewest mismatches.</summary>
    public static (int[] Upper, int[] Lower) Hamming(int[] s, int[] t)
    {
        int n = s.Length, m = t.Length;
        // Placements as (offset of s, offset of t) in a row of width n + m: first s slides right past t's start, then t slides.
        var placements = Enumerable.Range(0, m + 1).Select(pad => (pad, n)).Concat(Enumerable.Range(0, n + 1).Select(pad => (m, n - pad)));
        var best = (Upper: 0, Lower: 0);
        var bestScore = n + m + 1;
        foreach (var (upperOffset, lowerOffset) in placements)
        {
            var score = Mismatches(s, upperOffset, t, lowerOffset, n + m);
            if (score < bestScore)
            {
                (best, bestScore) = ((upperOffset, lowerOffset), score);
            }
        }
        return DropDoubleGaps(Padded(s, best.Upper, n + m), Padded(t, best.Lower, n + m));
    }

    private static int Mismatches(int[] s, int upperOffset, int[] t, int lowerOffset, int width)
    {
        var score = 0;
        for (var k = 0; k < width; k++)
        {
            var upper = k >= upperOffset && k < upperOffset + s.Length ? s[k - upperOffset] : CodePoints.Pad;
            var lower = k >= lowerOffset && k < lowerOffset + t.Length ? t[k - lowerOffset] : CodePoints.Pad;
            score += upper != lower ? 1 : 0;
        }
        return score;
    }

    /// <summary>The minimum-cost alignment of <paramref name="s"/> and <paramref name="t"/>, gaps as <see cref="CodePoints.Pad"/>.</summary>
    public static (int[] Upper, int[] Lower) Levenshtein(int[] s, int[] t)
    {
        int n = s.Length, m = t.Length;
        var delta = new double[(n + 1) * (m + 1)];
        var move = new byte[(n + 1) * (m + 1)];
        double Cost(int i, int j, double cost)
        {
            var cell = i * (m + 1) + j;
            if (move[cell] == 0)
            {
                double total;
                if (i == n || j == m)
                {
                    (total, move[cell]) = (cost + (m - j) + (n - i), 4);
                }
                else
                {
                    var match = Cost(i + 1, j + 1, cost + (s[i] == t[j] ? 0 : SubstituteCost));
                    var insert = Cost(i, j + 1, cost + InsertCost);
                    var delete = Cost(i + 1, j, cost + DeleteCost);
                    (total, move[cell]) = insert < match && insert <= delete ? (insert, (byte)2)
                        : delete < match && delete < insert ? (delete, (byte)3) : (match, (byte)1);
                }
                delta[cell] = total - cost;
            }
            return cost + delta[cell];
        }
        Cost(0, 0, 0.0);
        return Trace(s, t, move);
    }

    private static (int[] Upper, int[] Lower) Trace(int[] s, int[] t, byte[] move)
    {
        int n = s.Length, m = t.Length, i = 0, j = 0;
        var upper = new List<int>(n + m);
        var lower = new List<int>(n + m);
        while (i < n || j < m)
        {
            switch (i == n || j == m ? 4 : move[i * (m + 1) + j])
            {
                case 1: upper.Add(s[i++]); lower.Add(t[j++]); break;
                case 2: upper.Add(CodePoints.Pad); lower.Add(t[j++]); break;
                case 3: upper.Add(s[i++]); lower.Add(CodePoints.Pad); break;
                default:
                    for (; j < m; j++) { upper.Add(CodePoints.Pad); lower.Add(t[j]); }
                    for (; i < n; i++) { upper.Add(s[i]); lower.Add(CodePoints.Pad); }
                    break;
            }
        }
        return (upper.ToArray(), lower.ToArray());
    }

    private static int[] Padded(int[] values, int offset, int width)
    {
        var padded = new int[width];
        Array.Fill(padded, CodePoints.Pad);
        values.CopyTo(padded, offset);
        return padded;
    }

    private static (int[] Upper, int[] Lower) DropDoubleGaps(int[] upper, int[] lower)
    {
        var keptUpper = new List<int>(upper.Length);
        var keptLower = new List<int>(upper.Length);
        for (var k = 0; k < upper.Length; k++)
        {
            if (upper[k] != CodePoints.Pad || lower[k] != CodePoints.Pad)
            {
                keptUpper.Add(upper[k]);
                keptLower.Add(lower[k]);
            }
        }
        return (keptUpper.ToArray(), keptLower.ToArray());
    }
}
