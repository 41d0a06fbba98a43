namespace LangExpand.Evaluation;

/// <summary>
/// A kind of error, for error analysis: the stretch of the gold form that the prediction got wrong and what it put there,
/// found by removing the longest common prefix and then the longest common suffix of the two forms (<c>Väter</c> predicted
/// as <c>Vater</c> is <c>ä → a</c>; <c>gemacht</c> predicted as <c>gemachte</c> is <c>∅ → e</c>).
/// </summary>
/// <param name="Gold">The differing stretch of the gold form (possibly empty).</param>
/// <param name="Predicted">The differing stretch of the prediction (possibly empty).</param>
/// <param name="Count">How many gold items had this error.</param>
/// <param name="Example">The first such item: its gold form and the prediction.</param>
public sealed record Confusion(string Gold, string Predicted, int Count, (string Gold, string Predicted) Example)
{
    /// <summary>The differing stretches of a wrong prediction; surrogate pairs are never split.</summary>
    public static (string Gold, string Predicted) Of(string gold, string predicted)
    {
        var prefix = gold.AsSpan().CommonPrefixLength(predicted);
        if (prefix > 0 && char.IsHighSurrogate(gold[prefix - 1]))
        {
            prefix--;
        }
        var goldRest = gold.AsSpan(prefix);
        var predictedRest = predicted.AsSpan(prefix);
        var suffix = 0;
        while (suffix < goldRest.Length && suffix < predictedRest.Length && goldRest[^(suffix + 1)] == predictedRest[^(suffix + 1)])
        {
            suffix++;
        }
        if (suffix > 0 && char.IsLowSurrogate(goldRest[^suffix]))
        {
            suffix--;
        }
        return (goldRest[..^suffix].ToString(), predictedRest[..^suffix].ToString());
    }

    /// <summary>Tallies the confusions of wrong (gold, prediction) pairs, most frequent first (ties in ordinal order).</summary>
    public static IReadOnlyList<Confusion> Tally(IEnumerable<(string Gold, string Predicted)> errors) =>
        errors.Select(error => (Key: Of(error.Gold, error.Predicted), Error: error))
            .GroupBy(e => e.Key)
            .Select(g => new Confusion(g.Key.Gold, g.Key.Predicted, g.Count(), g.First().Error))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Gold, StringComparer.Ordinal)
            .ThenBy(c => c.Predicted, StringComparer.Ordinal)
            .ToArray();
}
