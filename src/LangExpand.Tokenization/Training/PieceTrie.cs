namespace LangExpand.Tokenization.Training;

/// <summary>A character trie over piece strings: walks from a position of a text to every piece that starts there.</summary>
internal sealed class PieceTrie
{
    private readonly Dictionary<long, int> edges = new();
    private readonly List<int> pieceAtNode = [-1];

    public PieceTrie(IReadOnlyList<string> pieces)
    {
        for (var p = 0; p < pieces.Count; p++)
        {
            var node = 0;
            foreach (var c in pieces[p])
            {
                var key = Key(node, c);
                if (!edges.TryGetValue(key, out var child))
                {
                    child = pieceAtNode.Count;
                    pieceAtNode.Add(-1);
                    edges.Add(key, child);
                }
                node = child;
            }
            pieceAtNode[node] = p;
        }
    }

    /// <summary>Adds (end, piece) for every piece that matches <paramref name="text"/> at <paramref name="start"/>.</summary>
    public void Matches(string text, int start, List<(int End, int Piece)> found)
    {
        var node = 0;
        for (var i = start; i < text.Length; i++)
        {
            if (!edges.TryGetValue(Key(node, text[i]), out node))
            {
                return;
            }
            if (pieceAtNode[node] >= 0)
            {
                found.Add((i + 1, pieceAtNode[node]));
            }
        }
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;
}
