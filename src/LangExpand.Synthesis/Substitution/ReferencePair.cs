using System.Runtime.CompilerServices;

namespace LangExpand.Synthesis.Substitution;

/// <summary>Compares pairs of shared objects by identity (cache keys whose parts are made once and reused).</summary>
/// <typeparam name="TFirst">The first object's type.</typeparam>
/// <typeparam name="TSecond">The second object's type.</typeparam>
internal sealed class ReferencePair<TFirst, TSecond> : IEqualityComparer<(TFirst First, TSecond Second)>
    where TFirst : class
    where TSecond : class
{
    /// <summary>The comparer.</summary>
    public static readonly ReferencePair<TFirst, TSecond> Comparer = new();

    /// <inheritdoc/>
    public bool Equals((TFirst First, TSecond Second) x, (TFirst First, TSecond Second) y) =>
        ReferenceEquals(x.First, y.First) && ReferenceEquals(x.Second, y.Second);

    /// <inheritdoc/>
    public int GetHashCode((TFirst First, TSecond Second) pair) =>
        HashCode.Combine(RuntimeHelpers.GetHashCode(pair.First), RuntimeHelpers.GetHashCode(pair.Second));
}
