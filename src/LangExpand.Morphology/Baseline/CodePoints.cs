using System.Text;

namespace LangExpand.Morphology.Baseline;

/// <summary>Strings as arrays of Unicode scalar values (what Python's <c>str</c> indexes), with <see cref="Pad"/> as the gap symbol.</summary>
internal static class CodePoints
{
    /// <summary>The alignment gap; never a scalar value, so real underscores in data are not mistaken for gaps.</summary>
    public const int Pad = -1;

    public static int[] Of(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            var values = new int[text.Length];
            for (var i = 0; i < text.Length; i++)
            {
                values[i] = text[i];
            }
            return values;
        }
        return text.EnumerateRunes().Select(r => r.Value).ToArray();
    }

    /// <summary>The text of <paramref name="values"/> with gaps removed.</summary>
    public static string Text(ReadOnlySpan<int> values)
    {
        var builder = new StringBuilder(values.Length);
        foreach (var value in values)
        {
            Append(builder, value);
        }
        return builder.ToString();
    }

    /// <summary>Appends one scalar value (nothing for a gap).</summary>
    public static void Append(StringBuilder builder, int value)
    {
        if (value == Pad)
        {
            return;
        }
        if (value < 0x10000)
        {
            builder.Append((char)value);
        }
        else
        {
            builder.Append(char.ConvertFromUtf32(value));
        }
    }

    public static string Reverse(string text)
    {
        var values = Of(text);
        Array.Reverse(values);
        return Text(values);
    }

    public static int Leading(ReadOnlySpan<int> values) => values.IndexOfAnyExcept(Pad) is var i and >= 0 ? i : values.Length;

    public static int Trailing(ReadOnlySpan<int> values) => values.LastIndexOfAnyExcept(Pad) is var i and >= 0 ? values.Length - 1 - i : values.Length;
}
