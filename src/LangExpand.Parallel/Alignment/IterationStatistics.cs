namespace LangExpand.Parallel.Alignment;

/// <summary>What one EM iteration of a direction measured.</summary>
/// <param name="Iteration">1-based iteration number.</param>
/// <param name="Diagonal">False for an IBM Model 1 iteration, true for one with the diagonal prior.</param>
/// <param name="Perplexity">Per generated token, under the parameters the iteration started with.</param>
/// <param name="Tension">The diagonal tension after the iteration.</param>
public sealed record IterationStatistics(int Iteration, bool Diagonal, double Perplexity, double Tension);
