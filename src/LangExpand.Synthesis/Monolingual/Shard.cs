using System.Globalization;
using LangExpand.Core.Diagnostics;

namespace LangExpand.Synthesis.Monolingual;

/// <summary>
/// Part <see cref="Index"/> of <see cref="Count"/> (1-based, as in <c>split -n K/N</c>): the input's lines are cut into
/// <see cref="Count"/> contiguous blocks of (almost) equal size and shard K writes the output of block K, so the shards'
/// outputs concatenated in order are exactly a single run's output.
/// </summary>
/// <param name="Index">1-based shard number.</param>
/// <param name="Count">Number of shards.</param>
public readonly record struct Shard(int Index, int Count)
{
    /// <summary>The whole input as one shard.</summary>
    public static Shard Whole { get; } = new(1, 1);

    /// <summary>Parses <c>K/N</c> with 1 ≤ K ≤ N; errors name <paramref name="option"/>.</summary>
    public static Shard Parse(string text, string option = "--shard")
    {
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1 && index >= 1 && index <= count)
        {
            return new Shard(index, count);
        }
        throw new LangExpandException(ErrorCode.InvalidOption, $"{option} '{text}' is not a shard", null, "K/N with 1 ≤ K ≤ N (1-based: 1/4 … 4/4)");
    }

    /// <summary>The 0-based line range [start, end) of this shard's block among <paramref name="lines"/> lines.</summary>
    public (long Start, long End) Block(long lines) => (lines * (Index - 1) / Count, lines * Index / Count);

    /// <inheritdoc/>
    public override string ToString() => $"{Index}/{Count}";
}
