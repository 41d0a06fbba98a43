using System.Buffers;

namespace LangExpand.Evaluation;

/// <summary>
/// Levenshtein edit distance (insert, delete and substitute each cost 1) over Unicode scalar values, as SIGMORPHON's
/// <c>evalm.py</c> computes it over Python code points: a character outside the Basic Multilingual Plane counts as one
/// symbol, not as two UTF-16 units. A lone surrogate counts as one symbol of its own, equal only to itself.
/// </summary>
public static class Levenshtein
{
    private const int StackLimit = 512;

    /// <summary>The edit distance between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 0;
        }
        var needed = a.Length + b.Length + 2 * (Math.Min(a.Length, b.Length) + 1);
        int[]? rented = null;
        var buffer = needed <= StackLimit ? stackalloc int[needed] : (rented = ArrayPool<int>.Shared.Rent(needed));
        try
        {
            var left = buffer[..Decode(a, buffer)];
            var right = buffer.Slice(a.Length, Decode(b, buffer[a.Length..]));
            return Distance(left, right, buffer[(a.Length + b.Length)..]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    private static int Distance(ReadOnlySpan<int> a, ReadOnlySpan<int> b, Span<int> rows)
    {
        var prefix = a.CommonPrefixLength(b);
        a = a[prefix..];
        b = b[prefix..];
        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1])
        {
            a = a[..^1];
            b = b[..^1];
        }
        if (a.Length < b.Length)
        {
            var swap = a;
            a = b;
            b = swap;
        }
        var previous = rows[..(b.Length + 1)];
        var current = rows.Slice(b.Length + 1, b.Length + 1);
        for (var j = 0; j < previous.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var symbol = a[i - 1];
            for (var j = 1; j <= b.Length; j++)
            {
                var substitute = previous[j - 1] + (symbol == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitute, Math.Min(previous[j], current[j - 1]) + 1);
            }
            var done = previous;
            previous = current;
            current = done;
        }
        return previous[b.Length];
    }

    private static int Decode(string text, Span<int> scalars)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                scalars[count++] = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            else
            {
                scalars[count++] = text[i];
            }
        }
        return count;
    }
}
