namespace LangExpand.Synthesis.Substitution;

/// <summary>The capitalisation of a source token, carried over to its translation.</summary>
public enum CaseStyle
{
    /// <summary>Anything else (lower case, mixed, no letters): the translation is used as the lexicon writes it.</summary>
    AsIs,

    /// <summary>First letter upper case, the rest lower case (<c>House</c>).</summary>
    Title,

    /// <summary>Every letter upper case, at least two letters (<c>HOUSE</c>).</summary>
    Upper,
}

/// <summary>Reads and applies <see cref="CaseStyle"/>.</summary>
public static class CaseStyles
{
    /// <summary>The style of <paramref name="token"/>.</summary>
    public static CaseStyle Of(ReadOnlySpan<char> token)
    {
        var (letters, upper, firstUpper, restLower) = (0, 0, false, true);
        foreach (var c in token)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }
            var isUpper = char.IsUpper(c);
            firstUpper = letters == 0 ? isUpper : firstUpper;
            restLower &= letters == 0 || !isUpper;
            upper += isUpper ? 1 : 0;
            letters++;
        }
        if (letters >= 2 && upper == letters)
        {
            return CaseStyle.Upper;
        }
        return firstUpper && restLower ? CaseStyle.Title : CaseStyle.AsIs;
    }

    /// <summary><paramref name="text"/> in <paramref name="style"/> (culture-invariant case mapping).</summary>
    public static string Apply(CaseStyle style, string text) => style == CaseStyle.AsIs || text.Length == 0
        ? text
        : string.Create(text.Length, (style, text), static (target, state) => Apply(state.style, state.text, target));

    /// <summary>Writes <paramref name="text"/> in <paramref name="style"/> to <paramref name="destination"/> (as long as the text: invariant case mapping keeps lengths).</summary>
    public static void Apply(CaseStyle style, ReadOnlySpan<char> text, Span<char> destination)
    {
        if (style == CaseStyle.Upper)
        {
            text.ToUpperInvariant(destination);
            return;
        }
        text.CopyTo(destination);
        if (style == CaseStyle.Title && text.Length > 0)
        {
            destination[0] = char.ToUpperInvariant(text[0]);
        }
    }
}
