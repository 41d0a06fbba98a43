using LangExpand.Core.Diagnostics;

namespace LangExpand.Core.Languages;

/// <summary>Maps the language ids of shared-task data sets (SIGMORPHON 2016–2023) to languages; see <see cref="LanguageCode.FromDatasetId"/>.</summary>
internal static class DatasetLanguageIds
{
    private const string PairSeparator = "--";

    /// <summary>
    /// Ids that a shared task used for another language than the one ISO 639-3 gave the code to. SIGMORPHON 2023
    /// (task 0) named its Japanese files <c>jap.trn</c> and so on; ISO 639-3 <c>jap</c> was Jaruára, a language of Brazil,
    /// and is no longer an active code, so <see cref="LanguageCode.Parse"/> rejects it rather than guess.
    /// </summary>
    private static readonly Dictionary<string, string> Misused = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jap"] = "jpn",
    };

    /// <summary>The language of data set <paramref name="id"/>.</summary>
    public static LanguageCode Resolve(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var table = LanguageTable.Instance;
        var language = Target(id.Trim());
        var codePart = CodePart(language);
        if (Misused.TryGetValue(codePart ?? language, out var meant))
        {
            return table.Get(meant);
        }
        if (table.FindCode(language) is { } byCode)
        {
            return byCode;
        }
        if (table.Names.Find(language) is [var byName])
        {
            return byName;
        }
        if (codePart is not null && table.FindCode(codePart) is { } byCodePart)
        {
            return byCodePart;
        }
        var lookup = LanguageResolver.Resolve(language);
        return lookup.Code ?? throw new LangExpandException(ErrorCode.UnknownLanguage,
            $"data set id '{id}' names no single language: {lookup.Problem}", expected: lookup.Expected);
    }

    /// <summary>The target language of a <c>source--target</c> pair (SIGMORPHON 2019), or the id itself.</summary>
    private static string Target(string id)
    {
        var separator = id.LastIndexOf(PairSeparator, StringComparison.Ordinal);
        return separator < 0 ? id : id[(separator + PairSeparator.Length)..];
    }

    /// <summary>The code of a <c>code_suffix</c> id (<c>heb</c> of <c>heb_unvoc</c>), or null for other ids.</summary>
    private static string? CodePart(string id) =>
        id.Length > 4 && id[3] == '_' && id[..3].All(char.IsAsciiLetter) ? id[..3] : null;
}
