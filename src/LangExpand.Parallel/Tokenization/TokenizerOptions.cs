namespace LangExpand.Parallel.Tokenization;

/// <summary>How <see cref="WordTokenizer"/> splits text; the defaults suit raw text such as Bible verses.</summary>
public sealed record TokenizerOptions
{
    /// <summary>
    /// <see cref="TokenizerMode.Unicode"/> (default) finds words and punctuation; <see cref="TokenizerMode.Whitespace"/> only
    /// splits at white space, for text that is tokenised already (such as gold alignment files).
    /// </summary>
    public TokenizerMode Mode { get; init; } = TokenizerMode.Unicode;

    /// <summary>Lower-cases tokens with the invariant culture (default true).</summary>
    public bool Lowercase { get; init; } = true;

    /// <summary>
    /// Keeps an apostrophe (U+0027 or U+2019) that stands between two word characters inside the word (<c>don't</c>,
    /// <c>l'homme</c>); when false it is a token of its own (default true). Apostrophes at a word's edge are always split off.
    /// </summary>
    public bool KeepApostrophesInWords { get; init; } = true;

    /// <summary>Normalises text to Unicode NFC before splitting, so that composed and decomposed spellings meet (default true).</summary>
    public bool NormalizeToNfc { get; init; } = true;
}

/// <summary>How text is cut into tokens.</summary>
public enum TokenizerMode
{
    /// <summary>Letters, marks and digits form words; every other visible character is a token of its own.</summary>
    Unicode,

    /// <summary>Tokens are the runs of non-white-space characters.</summary>
    Whitespace,
}
