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
    public static string Apply(CaseStyle style, string text) => style switch
    {
        CaseStyle.Upper => text.ToUpperInvariant(),
        CaseStyle.Title when text.Length > 0 => string.Concat(text[..1].ToUpperInvariant(), text.AsSpan(1)),
        _ => text,
    };
}
