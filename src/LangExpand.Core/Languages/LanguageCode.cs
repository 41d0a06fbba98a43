using System.Diagnostics.CodeAnalysis;

namespace LangExpand.Core.Languages;

/// <summary>
/// A language as ISO 639 knows it, identified by its ISO 639-3 code. Instances come from the ISO 639-3 table
/// (Debian iso-codes, embedded in this assembly), so every code has a reference name, a scope and a type;
/// two instances are equal when their ISO 639-3 codes are.
/// </summary>
public sealed class LanguageCode : IEquatable<LanguageCode>
{
    internal LanguageCode(string iso639_3, string? iso639_1, string? iso639_2B, LanguageScope scope, LanguageType type, string name)
    {
        Iso639_3 = iso639_3;
        Iso639_1 = iso639_1;
        Iso639_2B = iso639_2B;
        Scope = scope;
        Type = type;
        Name = name;
    }

    /// <summary>The three-letter ISO 639-3 code in lower case (<c>eus</c>); the identity of the language.</summary>
    public string Iso639_3 { get; }

    /// <summary>The two-letter ISO 639-1 code (<c>eu</c>), or null for the many languages that have none.</summary>
    public string? Iso639_1 { get; }

    /// <summary>The ISO 639-2/B (bibliographic) code where it differs from <see cref="Iso639_3"/> (<c>baq</c>), otherwise null.</summary>
    public string? Iso639_2B { get; }

    /// <summary>Whether the code stands for an individual language, a macrolanguage or something special.</summary>
    public LanguageScope Scope { get; }

    /// <summary>Whether the language is living, extinct, ancient, historical, constructed or a special code.</summary>
    public LanguageType Type { get; }

    /// <summary>The English reference name from ISO 639-3 (<c>Basque</c>, <c>Norwegian Bokmål</c>).</summary>
    public string Name { get; }

    /// <summary>
    /// Reads a language from a code, a tag or a name, case-insensitively and ignoring surrounding spaces. Tried in this order:
    /// an ISO 639-1 (<c>eu</c>), ISO 639-3 (<c>eus</c>) or ISO 639-2/B (<c>baq</c>) code; an English name (<c>Basque</c>,
    /// <c>scottish-gaelic</c>, <c>Norwegian Bokmal</c>), where hyphens and underscores count as spaces, diacritics and a
    /// trailing qualifier in parentheses may be left out, and a few names common in shared tasks are known (<c>Slovene</c>,
    /// <c>Kurmanji</c>, <c>Sorani</c>); a BCP-47 tag (<c>es-ES</c>, <c>zh-Hant-TW</c>, <c>sr_Latn</c>), which stands for its
    /// language subtag, or for its extended language subtag when it has one (<c>zh-yue-HK</c> is <c>yue</c>).
    /// A name shared by a macrolanguage and its members means the macrolanguage (<c>Swahili</c> is <c>swa</c>).
    /// </summary>
    /// <exception cref="Diagnostics.LangExpandException">
    /// With <see cref="Diagnostics.ErrorCode.UnknownLanguage"/> when the text names no language or names several; the message
    /// quotes the text and suggests languages with similar names.
    /// </exception>
    public static LanguageCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LanguageResolver.Resolve(text).GetOrThrow();
    }

    /// <summary>Like <see cref="Parse"/>, but returns false instead of throwing when <paramref name="text"/> is not a language.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out LanguageCode? code)
    {
        code = text is null ? null : LanguageResolver.Resolve(text).Code;
        return code is not null;
    }

    /// <summary>
    /// The language of a shared-task data set from its id: a code (<c>deu</c>, SIGMORPHON 2020–2023), a code with a variant
    /// suffix (<c>heb_unvoc</c> is Hebrew), a lower-case English name with hyphens (<c>scottish-gaelic</c>, SIGMORPHON
    /// 2016–2018), or a <c>source--target</c> transfer pair (<c>adyghe--kabardian</c>, SIGMORPHON 2019), whose language is
    /// the target. Ids that a task used against their ISO 639-3 meaning are mapped to the language the task meant:
    /// SIGMORPHON 2023 named Japanese <c>jap</c>, ISO 639-3's (since retired) code for Jaruára, so <c>jap</c> is Japanese
    /// here while <see cref="Parse"/> does not accept it.
    /// </summary>
    /// <exception cref="Diagnostics.LangExpandException">With <see cref="Diagnostics.ErrorCode.UnknownLanguage"/> naming the id.</exception>
    public static LanguageCode FromDatasetId(string id) => DatasetLanguageIds.Resolve(id);

    /// <summary>True when <paramref name="other"/> has the same ISO 639-3 code.</summary>
    public bool Equals(LanguageCode? other) => other is not null && string.Equals(Iso639_3, other.Iso639_3, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LanguageCode);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Iso639_3);

    /// <summary>The ISO 639-3 code (<c>eus</c>).</summary>
    public override string ToString() => Iso639_3;

    /// <summary>True when both are null or have the same ISO 639-3 code.</summary>
    public static bool operator ==(LanguageCode? left, LanguageCode? right) => left?.Equals(right) ?? right is null;

    /// <summary>True when exactly one is null or their ISO 639-3 codes differ.</summary>
    public static bool operator !=(LanguageCode? left, LanguageCode? right) => !(left == right);
}
