using LangExpand.Core.Diagnostics;

namespace LangExpand.Core.Languages;

/// <summary>The outcome of reading a language: the language, or why there is none and what would have been accepted.</summary>
/// <param name="Code">The language, or null when the text names none (or several).</param>
/// <param name="Problem">What is wrong with the text; empty when <paramref name="Code"/> is set.</param>
/// <param name="Expected">What the text should have been; empty when <paramref name="Code"/> is set.</param>
internal readonly record struct LanguageLookup(LanguageCode? Code, string Problem, string Expected)
{
    /// <summary>A successful lookup.</summary>
    public static LanguageLookup Found(LanguageCode code) => new(code, "", "");

    /// <summary>A failed lookup.</summary>
    public static LanguageLookup Failed(string problem, string expected) => new(null, problem, expected);

    /// <summary>The language, or a <see cref="LangExpandException"/> with <see cref="ErrorCode.UnknownLanguage"/>.</summary>
    public LanguageCode GetOrThrow() => Code ?? throw new LangExpandException(ErrorCode.UnknownLanguage, Problem, expected: Expected);
}
