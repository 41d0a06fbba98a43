namespace LangExpand.Tokenization.Training;

/// <summary>
/// One EM iteration of the Unigram model (Kudo 2018): expected piece counts over all segmentations of the training
/// words, then SentencePiece's Bayesian M-step, <c>log p(x) = ψ(c(x)) − ψ(Σ c)</c>, which drops pieces expected less
/// than half a time (single characters are kept with that floor).
/// </summary>
internal static class UnigramEm
{
    private const double ExpectedCountFloor = 0.5;

    public static PieceTable Iterate(PieceTable table, string[] words, long[] counts)
    {
        var expected = new double[table.Count];
        var lattice = new Lattice(table);
        for (var w = 0; w < words.Length; w++)
        {
            lattice.AddExpectedCounts(words[w], counts[w], expected);
        }
        var kept = Enumerable.Range(0, table.Count)
            .Where(p => table.IsCharacter[p] || expected[p] >= ExpectedCountFloor)
            .ToArray();
        var counted = kept.Select(p => Math.Max(expected[p], ExpectedCountFloor)).ToArray();
        var logTotal = Digamma(counted.Sum());
        var logProbability = kept.Select((p, i) => (p, Digamma(counted[i]) - logTotal)).ToDictionary();
        return table.Select(kept, p => logProbability[p]);
    }

    /// <summary>The digamma function for positive arguments (recurrence up to 6, then the asymptotic series).</summary>
    internal static double Digamma(double x)
    {
        var result = 0.0;
        for (; x < 6; x++)
        {
            result -= 1 / x;
        }
        var inverse = 1 / x;
        var inverse2 = inverse * inverse;
        return result + Math.Log(x) - 0.5 * inverse
            - inverse2 * (1.0 / 12 - inverse2 * (1.0 / 120 - inverse2 * (1.0 / 252 - inverse2 * (1.0 / 240 - inverse2 / 132))));
    }
}
