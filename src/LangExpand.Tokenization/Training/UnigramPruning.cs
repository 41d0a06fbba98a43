namespace LangExpand.Tokenization.Training;

/// <summary>
/// One pruning round (Kudo 2018, as SentencePiece does it): segment every word with Viterbi, count piece uses, and for
/// each multi-character piece estimate how much the corpus likelihood drops when the piece is replaced by its own best
/// segmentation without it. The pieces with the smallest loss go, down to
/// <c>max(target, count × shrinking factor)</c>; unused pieces go first, characters always stay.
/// </summary>
internal static class UnigramPruning
{
    public static PieceTable Prune(PieceTable table, string[] words, long[] counts, int target, double shrinkingFactor)
    {
        var uses = new double[table.Count];
        var lattice = new Lattice(table);
        for (var w = 0; w < words.Length; w++)
        {
            foreach (var piece in lattice.Viterbi(words[w]))
            {
                uses[piece] += counts[w];
            }
        }
        var totalUses = uses.Sum();
        var totalWords = (double)counts.Sum();
        var losses = new List<(int Piece, double Loss)>();
        for (var p = 0; p < table.Count; p++)
        {
            if (!table.IsCharacter[p] && uses[p] > 0)
            {
                var alternative = lattice.Viterbi(table.Pieces[p], exclude: p);
                losses.Add((p, uses[p] / totalWords * Loss(uses, p, alternative, totalUses)));
            }
        }
        var characters = Enumerable.Range(0, table.Count).Where(p => table.IsCharacter[p]).ToList();
        var keep = Math.Max(target, (int)(table.Count * shrinkingFactor)) - characters.Count;
        var kept = losses.OrderByDescending(l => l.Loss).ThenBy(l => table.Pieces[l.Piece], StringComparer.Ordinal)
            .Take(Math.Max(0, keep)).Select(l => l.Piece)
            .Concat(characters).Order();
        return table.Select(kept, p => table.LogProbabilities[p]);
    }

    /// <summary>Log probability of piece <paramref name="p"/> minus that of its alternative segmentation once its uses move there.</summary>
    private static double Loss(double[] uses, int p, List<int> alternative, double totalUses)
    {
        var logProbability = Math.Log(uses[p]) - Math.Log(totalUses);
        var logTotalAfter = Math.Log(totalUses + uses[p] * (alternative.Count - 1));
        var logAlternative = alternative.Sum(a => Math.Log(uses[a] + uses[p]) - logTotalAfter);
        return logProbability - logAlternative;
    }
}
