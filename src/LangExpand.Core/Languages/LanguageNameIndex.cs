namespace LangExpand.Core.Languages;

/// <summary>
/// Finds languages by English name. Names are compared in lower case with hyphens and underscores read as spaces.
/// A name that matches no reference name exactly is tried again without diacritics and without a trailing qualifier
/// in parentheses (<c>Modern Greek</c> for <c>Modern Greek (1453-)</c>).
/// </summary>
internal sealed class LanguageNameIndex
{
    private const int ShortestPrefix = 3;

    private readonly Dictionary<string, List<LanguageCode>> exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LanguageCode>> loose = new(StringComparer.Ordinal);
    private readonly List<(string Key, string Name, LanguageCode Code)> suggestible = [];

    /// <summary>Indexes each language's reference name and its folded form (without diacritics), and the aliases.</summary>
    public LanguageNameIndex(IEnumerable<(LanguageCode Code, string FoldedName)> languages, IEnumerable<(string Name, LanguageCode Code)> aliases)
    {
        foreach (var (code, folded) in languages)
        {
            Add(exact, Key(code.Name), code);
            Add(loose, Key(folded), code);
            Add(loose, Key(WithoutQualifier(folded)), code);
            suggestible.Add((Key(folded), code.Name, code));
        }
        foreach (var (name, code) in aliases)
        {
            Add(exact, Key(name), code);
            suggestible.Add((Key(name), name, code));
        }
    }

    /// <summary>
    /// The languages that <paramref name="name"/> may mean: none, one, or several when it is ambiguous. When a
    /// macrolanguage and some of its members share the name, it means the macrolanguage (<c>Swahili</c> is <c>swa</c>).
    /// </summary>
    public IReadOnlyList<LanguageCode> Find(string name)
    {
        var key = Key(name);
        if (!exact.TryGetValue(key, out var found) && !loose.TryGetValue(key, out found))
        {
            return [];
        }
        var macrolanguages = found.Where(code => code.Scope == LanguageScope.Macrolanguage).ToList();
        return found.Count > 1 && macrolanguages.Count == 1 ? macrolanguages : found;
    }

    /// <summary>
    /// Up to <paramref name="count"/> languages, written <c>Name (code)</c>, whose names start with the longest prefix of
    /// <paramref name="text"/> (at least three letters) that any name starts with; languages with an ISO 639-1 code and
    /// living languages come first.
    /// </summary>
    public IReadOnlyList<string> Suggest(string text, int count)
    {
        var key = Key(text);
        for (var length = key.Length; length >= ShortestPrefix; length--)
        {
            var prefix = key[..length];
            var matches = suggestible.Where(entry => entry.Key.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            if (matches.Count > 0)
            {
                return matches
                    .OrderBy(entry => entry.Code.Iso639_1 is null)
                    .ThenBy(entry => entry.Code.Type != LanguageType.Living)
                    .ThenBy(entry => entry.Key, StringComparer.Ordinal)
                    .DistinctBy(entry => entry.Code)
                    .Take(count)
                    .Select(entry => $"{entry.Name} ({entry.Code})")
                    .ToList();
            }
        }
        return [];
    }

    private static void Add(Dictionary<string, List<LanguageCode>> index, string key, LanguageCode code)
    {
        if (!index.TryGetValue(key, out var codes))
        {
            index.Add(key, codes = []);
        }
        if (!codes.Contains(code))
        {
            codes.Add(code);
        }
    }

    private static string Key(string name) =>
        string.Join(' ', name.ToLowerInvariant().Replace('-', ' ').Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string WithoutQualifier(string name)
    {
        var open = name.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && name.EndsWith(')') ? name[..open] : name;
    }
}
