using LangExpand.Core.Languages;

namespace LangExpand.Parallel.Verses;

/// <summary>
/// Judges the language a Bible file declares. The Bible corpus's headers are known to be wrong at times (Swahili-NT says
/// <c>ssw</c>, Swati; Coptic's body says <c>co</c>, Corsican), so a disagreement is a note in the read report, never an error.
/// </summary>
internal static class HeaderLanguage
{
    /// <summary>
    /// The declared language (from <paramref name="code"/>) and notes on every disagreement between the code, the header's
    /// language <paramref name="name"/>, another declared code (<paramref name="otherCode"/>, such as a body's <c>lang</c>)
    /// and the language the caller expects.
    /// </summary>
    public static (LanguageCode? Language, List<string> Notes) Judge(string? code, string? name, string? otherCode, LanguageCode? expected)
    {
        var notes = new List<string>();
        LanguageCode.TryParse(code, out var declared);
        if (code is not null && declared is null)
        {
            notes.Add($"header language code '{code}' is not an ISO 639 code");
        }
        if (declared is not null && LanguageCode.TryParse(name, out var named) && named != declared)
        {
            notes.Add($"header language code '{code}' ({declared.Name}) disagrees with the header's language name '{name}' ({named.Iso639_3})");
        }
        if (declared is not null && LanguageCode.TryParse(otherCode, out var other) && other != declared)
        {
            notes.Add($"header language code '{code}' ({declared.Name}) disagrees with the text's code '{otherCode}' ({other.Name})");
        }
        if (expected is not null && declared is not null && declared != expected)
        {
            notes.Add($"header declares {declared.Name} ({declared.Iso639_3}), not the expected {expected.Name} ({expected.Iso639_3})");
        }
        return (declared, notes);
    }
}
