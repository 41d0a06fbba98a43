namespace LangExpand.Core.Languages;

/// <summary>
/// English names that SIGMORPHON and UniMorph data use for languages whose ISO 639-3 reference name is different.
/// Only names that no ISO 639-3 language has are listed, so an alias never hides a reference name.
/// </summary>
internal static class LanguageNameAliases
{
    private static readonly (string Name, string Iso639_3)[] Aliases =
    [
        ("Azeri", "aze"), // ISO: Azerbaijani
        ("Greek", "ell"), // ISO: Modern Greek (1453-)
        ("Kurmanji", "kmr"), // ISO: Northern Kurdish
        ("Livonian", "liv"), // ISO: Liv
        ("Murrinhpatha", "mwf"), // ISO: Murrinh-Patha
        ("North Frisian", "frr"), // ISO: Northern Frisian
        ("Old Church Slavonic", "chu"), // ISO: Church Slavic
        ("Pashto", "pus"), // ISO: Pushto
        ("Slovene", "slv"), // ISO: Slovenian
        ("Sorani", "ckb"), // ISO: Central Kurdish
        ("West Frisian", "fry"), // ISO: Western Frisian
    ];

    /// <summary>The aliases with their languages, looked up with <paramref name="get"/>.</summary>
    public static IEnumerable<(string Name, LanguageCode Code)> Build(Func<string, LanguageCode> get) =>
        Aliases.Select(alias => (alias.Name, get(alias.Iso639_3)));
}
