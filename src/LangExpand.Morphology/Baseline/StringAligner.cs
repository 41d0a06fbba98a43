namespace LangExpand.Morphology.Baseline;

/// <summary>
/// The two alignments of the SIGMORPHON non-neural baseline, reproduced exactly, tie-breaking included: a Hamming
/// alignment that slides one string against the other (used to decide prefixing vs suffixing), and a Levenshtein
/// alignment with substitution cost 1.1 (so that insertions and deletions are preferred) whose ties are broken in the
/// order match/substitute, insert, delete, accumulating costs in the same floating-point order as the reference.
/// </summary>
internal static class StringAligner
{
    [ThreadStatic]
    private static LevenshteinTable? _table;

    /// <summary>
    /// Slides <paramref name="s"/> against <paramref name="t"/> in a row of width n + m (first s moves right past t's
    /// start, then t moves), keeps the first placement with fewest mismatches, drops columns that are gaps on both sides,
    /// and counts the gaps both rows have before their first symbol (<c>Leading</c>) and after their last (<c>Trailing</c>).
    /// </summary>
    public static (int Leading, int Trailing) HammingGaps(int[] s, int[] t)
    {
        int n = s.Length, m = t.Length;
        var placements = Enumerable.Range(0, m + 1).Select(pad => (pad, n)).Concat(Enumerable.Range(0, n + 1).Select(pad => (m, n - pad)));
        var (upper, lower) = (0, 0);
        var bestScore = n + m + 1;
        foreach (var (upperOffset, lowerOffset) in placements)
        {
            var score = Mismatches(s, upperOffset, t, lowerOffset);
            if (score < bestScore)
            {
                (upper, lower, bestScore) = (upperOffset, lowerOffset, score);
            }
        }
        // After dropping double gaps, a row's leading gaps are the columns before it where the other row has a symbol.
        var leading = Overlap(lower, lower + m, 0, upper) + Overlap(upper, upper + n, 0, lower);
        var trailing = Overlap(lower, lower + m, upper + n, int.MaxValue) + Overlap(upper, upper + n, lower + m, int.MaxValue);
        return (leading, trailing);
    }

    /// <summary>The minimum-cost alignment of <paramref name="s"/> and <paramref name="t"/>, gaps as <see cref="CodePoints.Pad"/>.</summary>
    public static (int[] Upper, int[] Lower) Levenshtein(int[] s, int[] t) => (_table ??= new LevenshteinTable()).Align(s, t);

    private static int Overlap(int start, int end, int windowStart, int windowEnd) => Math.Max(0, Math.Min(end, windowEnd) - Math.Max(start, windowStart));

    /// <summary>Hamming distance of the padded rows: every symbol facing a gap, plus unequal symbols where both rows have one.</summary>
    private static int Mismatches(int[] s, int upperOffset, int[] t, int lowerOffset)
    {
        var (start, end) = (Math.Max(upperOffset, lowerOffset), Math.Min(upperOffset + s.Length, lowerOffset + t.Length));
        var overlap = Math.Max(0, end - start);
        var score = s.Length + t.Length - 2 * overlap;
        for (var k = start; k < end; k++)
        {
            score += s[k - upperOffset] != t[k - lowerOffset] ? 1 : 0;
        }
        return score;
    }

    /// <summary>The reference's memoised recursion, with buffers reused across calls on one thread.</summary>
    private sealed class LevenshteinTable
    {
        private const double InsertCost = 1.0;
        private const double DeleteCost = 1.0;
        private const double SubstituteCost = 1.1;
        private const byte Match = 1, Insert = 2, Delete = 3, Rest = 4;

        private double[] _delta = new double[256];
        private byte[] _move = new byte[256];
        private int[] _s = [], _t = [];
        private Frame[] _frames = new Frame[64];
        private int _width;

        public (int[] Upper, int[] Lower) Align(int[] s, int[] t)
        {
            var cells = (s.Length + 1) * (t.Length + 1);
            if (_move.Length < cells)
            {
                (_delta, _move) = (new double[cells * 2], new byte[cells * 2]);
            }
            Array.Clear(_move, 0, cells);
            (_s, _t, _width) = (s, t, t.Length + 1);
            Cost(0, 0, 0.0);
            return Trace();
        }

        /// <summary>
        /// The reference's recursion <c>Cost(i, j, cost)</c> run on an explicit stack, so that a string of any length
        /// cannot overflow the call stack: each frame evaluates its children match, insert, delete in the reference's order,
        /// with the same accumulated costs, so the memoised deltas (and so the tie-breaks) are bit-for-bit the same.
        /// </summary>
        private void Cost(int i0, int j0, double cost0)
        {
            var depth = _s.Length + _t.Length + 2;
            if (_frames.Length < depth)
            {
                _frames = new Frame[depth * 2];
            }
            var top = 0;
            _frames[0] = new Frame(i0, j0, cost0);
            double result = 0;
            while (top >= 0)
            {
                ref var f = ref _frames[top];
                var cell = f.I * _width + f.J;
                if (f.Stage == 0)
                {
                    if (_move[cell] != 0)
                    {
                        result = f.Cost + _delta[cell];
                        top--;
                        continue;
                    }
                    if (f.I == _s.Length || f.J == _t.Length)
                    {
                        _move[cell] = Rest;
                        _delta[cell] = f.Cost + (_t.Length - f.J) + (_s.Length - f.I) - f.Cost;
                        result = f.Cost + _delta[cell];
                        top--;
                        continue;
                    }
                    f.Stage = 1;
                    _frames[++top] = new Frame(f.I + 1, f.J + 1, f.Cost + (_s[f.I] == _t[f.J] ? 0 : SubstituteCost));
                    continue;
                }
                if (f.Stage == 1)
                {
                    (f.Match, f.Stage) = (result, 2);
                    _frames[++top] = new Frame(f.I, f.J + 1, f.Cost + InsertCost);
                    continue;
                }
                if (f.Stage == 2)
                {
                    (f.Insert, f.Stage) = (result, 3);
                    _frames[++top] = new Frame(f.I + 1, f.J, f.Cost + DeleteCost);
                    continue;
                }
                var (match, insert, delete) = (f.Match, f.Insert, result);
                double total;
                (total, _move[cell]) = insert < match && insert <= delete ? (insert, Insert)
                    : delete < match && delete < insert ? (delete, Delete) : (match, Match);
                _delta[cell] = total - f.Cost;
                result = f.Cost + _delta[cell];
                top--;
            }
        }

        private struct Frame(int i, int j, double cost)
        {
            public readonly int I = i, J = j;
            public readonly double Cost = cost;
            public int Stage;
            public double Match, Insert;
        }

        private (int[] Upper, int[] Lower) Trace()
        {
            int n = _s.Length, m = _t.Length, i = 0, j = 0, matches = 0;
            for (var (a, b) = (0, 0); a < n && b < m;)
            {
                var move = _move[a * _width + b];
                matches += move == Match ? 1 : 0;
                a += move == Insert ? 0 : 1;
                b += move == Delete ? 0 : 1;
            }
            var (upper, lower) = (new int[n + m - matches], new int[n + m - matches]);
            for (var k = 0; k < upper.Length; k++)
            {
                // Past either end (the reference's base case): the rest of t as insertions, then the rest of s as deletions.
                var move = i == n || j == m ? (j < m ? Insert : Delete) : _move[i * _width + j];
                (upper[k], lower[k]) = move switch
                {
                    Match => (_s[i++], _t[j++]),
                    Insert => (CodePoints.Pad, _t[j++]),
                    _ => (_s[i++], CodePoints.Pad),
                };
            }
            return (upper, lower);
        }
    }
}
