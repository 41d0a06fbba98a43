namespace LangExpand.Core.Languages;

/// <summary>Reads a language from a code, a name or a BCP-47 tag, in the order documented on <see cref="LanguageCode.Parse"/>.</summary>
internal static class LanguageResolver
{
    private const string AcceptedForms = "an ISO 639-1, 639-3 or 639-2/B code (eu, eus, baq), a BCP-47 tag (eu-ES) or an English name (Basque)";

    private const int SuggestionCount = 5;

    /// <summary>Looks <paramref name="text"/> up; the failure says what was wrong and suggests similar names.</summary>
    public static LanguageLookup Resolve(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return LanguageLookup.Failed("empty language code", AcceptedForms);
        }
        var table = LanguageTable.Instance;
        if (table.FindCode(trimmed) is { } byCode)
        {
            return LanguageLookup.Found(byCode);
        }
        var byName = table.Names.Find(trimmed);
        if (byName.Count > 1)
        {
            var candidates = string.Join(", ", byName.Select(code => $"{code.Name} ({code})"));
            return LanguageLookup.Failed($"language name '{trimmed}' is ambiguous: {candidates}", "the ISO 639-3 code of the one meant");
        }
        if (byName.Count == 1)
        {
            return LanguageLookup.Found(byName[0]);
        }
        foreach (var subtag in Bcp47.LanguageSubtags(trimmed))
        {
            if (table.FindCode(subtag) is { } byTag)
            {
                return LanguageLookup.Found(byTag);
            }
        }
        var suggestions = table.Names.Suggest(trimmed, SuggestionCount);
        return LanguageLookup.Failed($"unknown language '{trimmed}'",
            suggestions.Count == 0 ? AcceptedForms : $"a known language, such as {string.Join(", ", suggestions)}");
    }
}
