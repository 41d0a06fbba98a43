namespace LangExpand.Evaluation;

/// <summary>The score of the gold items that share one feature string (as written).</summary>
/// <param name="Features">The feature string exactly as it appears in the gold data.</param>
/// <param name="Tally">The counts for those items.</param>
public sealed record BundleScore(string Features, Tally Tally);
