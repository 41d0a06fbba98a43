namespace LangExpand.Morphology.Classifier;

/// <summary>
/// Solves proportional analogies between word forms, <c>a : b :: c : x</c> (<c>wamuabudia : wayaabudia :: hutamuabudia :
/// hutayaabudia</c>). The change from <c>a</c> to <c>b</c> is cut into blocks (maximal runs of edits of a minimal
/// character alignment); each block is applied where <c>c</c> holds the block's old text in the surroundings that agree
/// best with the block's surroundings in <c>a</c>, counted in characters matching outward on both sides, plus one for each
/// word edge the block touches in both.
/// </summary>
public static class StringAnalogy
{
    /// <summary>
    /// The <c>x</c> of <c>a : b :: c : x</c>, or null when a block's old text is not in <paramref name="c"/>, when two places
    /// of <paramref name="c"/> fit a block equally well, or when the blocks' places in <paramref name="c"/> overlap.
    /// </summary>
    public static string? Solve(string a, string b, string c)
    {
        if (a == b)
        {
            return c;
        }
        var blocks = Blocks(a, b);
        var at = new int[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            at[i] = Place(a, blocks[i], c);
            if (at[i] < 0 || (i > 0 && at[i] < at[i - 1] + blocks[i - 1].Old.Length))
            {
                return null;
            }
        }
        var result = new System.Text.StringBuilder(c.Length + b.Length);
        var copied = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            result.Append(c, copied, at[i] - copied).Append(blocks[i].New);
            copied = at[i] + blocks[i].Old.Length;
        }
        return result.Append(c, copied, c.Length - copied).ToString();
    }

    /// <summary>One run of edits: <see cref="Old"/> at <see cref="Start"/> of the first string becomes <see cref="New"/>.</summary>
    internal readonly record struct Block(int Start, string Old, string New);

    /// <summary>
    /// The blocks of a minimal alignment of <paramref name="a"/> with <paramref name="b"/> (unit costs; from the end backwards a
    /// match is preferred, then a substitution, a deletion, an insertion), in order.
    /// </summary>
    internal static List<Block> Blocks(string a, string b)
    {
        var cost = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            for (var j = 0; j <= b.Length; j++)
            {
                cost[i, j] = i == 0 ? j : j == 0 ? i
                    : Math.Min(cost[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), Math.Min(cost[i - 1, j], cost[i, j - 1]) + 1);
            }
        }
        var blocks = new List<Block>();
        var (x, y) = (a.Length, b.Length);
        var (endX, endY) = (-1, -1);
        while (x > 0 || y > 0)
        {
            var match = x > 0 && y > 0 && a[x - 1] == b[y - 1] && cost[x, y] == cost[x - 1, y - 1];
            if (match)
            {
                Close(blocks, a, b, x, y, ref endX, ref endY);
                (x, y) = (x - 1, y - 1);
                continue;
            }
            if (endX < 0)
            {
                (endX, endY) = (x, y);
            }
            if (x > 0 && y > 0 && cost[x, y] == cost[x - 1, y - 1] + 1)
            {
                (x, y) = (x - 1, y - 1);
            }
            else if (x > 0 && cost[x, y] == cost[x - 1, y] + 1)
            {
                x--;
            }
            else
            {
                y--;
            }
        }
        Close(blocks, a, b, x, y, ref endX, ref endY);
        blocks.Reverse();
        return blocks;
    }

    private static void Close(List<Block> blocks, string a, string b, int x, int y, ref int endX, ref int endY)
    {
        if (endX >= 0)
        {
            blocks.Add(new Block(x, a[x..endX], b[y..endY]));
            (endX, endY) = (-1, -1);
        }
    }

    /// <summary>
    /// Where in <paramref name="c"/> the block's old text sits in the surroundings most like those in <paramref name="a"/>,
    /// or -1 (not there, nothing around it agrees, or a tie).
    /// </summary>
    private static int Place(string a, Block block, string c)
    {
        var left = a.AsSpan(0, block.Start);
        var right = a.AsSpan(block.Start + block.Old.Length);
        var (best, bestScore, tied) = (-1, -1, false);
        for (var k = 0; k + block.Old.Length <= c.Length; k++)
        {
            if (!c.AsSpan(k).StartsWith(block.Old, StringComparison.Ordinal))
            {
                continue;
            }
            var after = k + block.Old.Length;
            var score = CommonSuffix(left, c.AsSpan(0, k)) + CommonPrefix(right, c.AsSpan(after))
                + (left.IsEmpty && k == 0 ? 1 : 0) + (right.IsEmpty && after == c.Length ? 1 : 0);
            if (score > bestScore)
            {
                (best, bestScore, tied) = (k, score, false);
            }
            else if (score == bestScore)
            {
                tied = true;
            }
        }
        return tied || bestScore == 0 ? -1 : best;
    }

    private static int CommonPrefix(ReadOnlySpan<char> x, ReadOnlySpan<char> y) => x.CommonPrefixLength(y);

    private static int CommonSuffix(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        var n = 0;
        while (n < x.Length && n < y.Length && x[^(n + 1)] == y[^(n + 1)])
        {
            n++;
        }
        return n;
    }
}
