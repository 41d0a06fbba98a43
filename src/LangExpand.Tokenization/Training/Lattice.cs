namespace LangExpand.Tokenization.Training;

/// <summary>
/// The segmentation lattice of one word under a <see cref="PieceTable"/>: every piece occurrence is an edge. Gives the
/// expected piece counts (forward-backward, in log space) and the most probable segmentation (Viterbi).
/// </summary>
internal sealed class Lattice(PieceTable table)
{
    private readonly List<(int End, int Piece)> matches = [];
    private readonly List<(int Start, int End, int Piece)> edges = [];
    private double[] forward = new double[64];
    private double[] backward = new double[64];

    /// <summary>Adds <paramref name="count"/> × the posterior of each piece to <paramref name="expected"/>; returns count × log Z.</summary>
    public double AddExpectedCounts(string word, long count, double[] expected)
    {
        Build(word, exclude: -1);
        var n = word.Length;
        Array.Fill(forward, double.NegativeInfinity, 0, n + 1);
        Array.Fill(backward, double.NegativeInfinity, 0, n + 1);
        forward[0] = 0;
        foreach (var (start, end, piece) in edges)
        {
            forward[end] = LogAdd(forward[end], forward[start] + table.LogProbabilities[piece]);
        }
        backward[n] = 0;
        for (var e = edges.Count - 1; e >= 0; e--)
        {
            var (start, end, piece) = edges[e];
            backward[start] = LogAdd(backward[start], backward[end] + table.LogProbabilities[piece]);
        }
        var logZ = forward[n];
        foreach (var (start, end, piece) in edges)
        {
            expected[piece] += count * Math.Exp(forward[start] + table.LogProbabilities[piece] + backward[end] - logZ);
        }
        return count * logZ;
    }

    /// <summary>The pieces of the most probable segmentation of <paramref name="text"/>, not using piece <paramref name="exclude"/>; empty when none exists.</summary>
    public List<int> Viterbi(string text, int exclude = -1)
    {
        Build(text, exclude);
        var n = text.Length;
        Array.Fill(forward, double.NegativeInfinity, 0, n + 1);
        var bestEdge = new int[n + 1];
        forward[0] = 0;
        for (var e = 0; e < edges.Count; e++)
        {
            var (start, end, piece) = edges[e];
            var score = forward[start] + table.LogProbabilities[piece];
            if (score > forward[end])
            {
                forward[end] = score;
                bestEdge[end] = e;
            }
        }
        var path = new List<int>();
        if (double.IsNegativeInfinity(forward[n]))
        {
            return path;
        }
        for (var position = n; position > 0; position = edges[bestEdge[position]].Start)
        {
            path.Add(edges[bestEdge[position]].Piece);
        }
        path.Reverse();
        return path;
    }

    /// <summary>Collects the edges in order of start position (so end positions of earlier edges come first in topological order).</summary>
    private void Build(string text, int exclude)
    {
        if (forward.Length <= text.Length)
        {
            forward = new double[text.Length * 2 + 1];
            backward = new double[text.Length * 2 + 1];
        }
        edges.Clear();
        for (var start = 0; start < text.Length; start++)
        {
            matches.Clear();
            table.Trie.Matches(text, start, matches);
            foreach (var (end, piece) in matches)
            {
                if (piece != exclude)
                {
                    edges.Add((start, end, piece));
                }
            }
        }
    }

    private static double LogAdd(double a, double b)
    {
        if (double.IsNegativeInfinity(a))
        {
            return b;
        }
        if (double.IsNegativeInfinity(b))
        {
            return a;
        }
        return a > b ? a + Math.Log(1 + Math.Exp(b - a)) : b + Math.Log(1 + Math.Exp(a - b));
    }
}
