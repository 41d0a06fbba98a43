namespace LangExpand.Tokenization.Training;

/// <summary>The current vocabulary of a training run: pieces, their log probabilities, and a trie to find them in text.</summary>
internal sealed class PieceTable
{
    public PieceTable(string[] pieces, double[] logProbabilities)
    {
        Pieces = pieces;
        LogProbabilities = logProbabilities;
        Trie = new PieceTrie(pieces);
        IsCharacter = pieces.Select(p => TrainingWords.CodePoints(p) == 1).ToArray();
    }

    public string[] Pieces { get; }

    public double[] LogProbabilities { get; }

    public PieceTrie Trie { get; }

    /// <summary>Single characters are never pruned, so every training word stays segmentable.</summary>
    public bool[] IsCharacter { get; }

    public int Count => Pieces.Length;

    /// <summary>A table of the pieces at <paramref name="kept"/> with their log probabilities.</summary>
    public PieceTable Select(IEnumerable<int> kept, Func<int, double> logProbability)
    {
        var indices = kept.ToArray();
        return new PieceTable(indices.Select(i => Pieces[i]).ToArray(), indices.Select(logProbability).ToArray());
    }
}
