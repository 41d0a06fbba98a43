using LangExpand.Core.IO;

namespace LangExpand.Core.Languages;

/// <summary>
/// The ISO 639-3 table embedded from <c>iso639-3.tsv</c> (made by <c>tools/data/make-iso639-table.py</c> from Debian
/// iso-codes), read once on first use and indexed by code and by name.
/// </summary>
internal sealed class LanguageTable
{
    private const string ResourceName = "LangExpand.Core.Languages.iso639-3.tsv";
    private const int ColumnCount = 7;
    private const int RequiredColumnCount = 6;

    private static readonly Lazy<LanguageTable> Loaded = new(Load);

    private readonly Dictionary<string, LanguageCode> byIso639_3 = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, LanguageCode> byIso639_1 = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, LanguageCode> byIso639_2B = new(StringComparer.OrdinalIgnoreCase);

    private LanguageTable(IReadOnlyList<(LanguageCode Code, string FoldedName)> rows)
    {
        foreach (var (code, _) in rows)
        {
            byIso639_3.Add(code.Iso639_3, code);
            if (code.Iso639_1 is { } alpha2)
            {
                byIso639_1.Add(alpha2, code);
            }
            if (code.Iso639_2B is { } bibliographic)
            {
                byIso639_2B.Add(bibliographic, code);
            }
        }
        Names = new LanguageNameIndex(rows, LanguageNameAliases.Build(Get));
    }

    /// <summary>The table, loaded on first use.</summary>
    public static LanguageTable Instance => Loaded.Value;

    /// <summary>The index of English names, with the aliases of <see cref="LanguageNameAliases"/>.</summary>
    public LanguageNameIndex Names { get; }

    /// <summary>The language of a two-letter ISO 639-1 code or a three-letter ISO 639-3 or 639-2/B code, or null.</summary>
    public LanguageCode? FindCode(string code) => code.Length switch
    {
        2 => byIso639_1.GetValueOrDefault(code),
        3 => byIso639_3.GetValueOrDefault(code) ?? byIso639_2B.GetValueOrDefault(code),
        _ => null,
    };

    /// <summary>The language of an ISO 639-3 code that the toolkit itself names; a missing one is a bug in the toolkit.</summary>
    public LanguageCode Get(string iso639_3) => byIso639_3.TryGetValue(iso639_3, out var code)
        ? code
        : throw new InvalidOperationException($"ISO 639-3 code '{iso639_3}' is not in the embedded table {ResourceName}");

    private static LanguageTable Load()
    {
        using var stream = typeof(LanguageTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        var rows = new List<(LanguageCode, string)>();
        foreach (var line in StrictTextReader.ReadLines(stream, ResourceName))
        {
            if (line.Text.Length > 0 && line.Text[0] != '#')
            {
                rows.Add(ParseRow(line));
            }
        }
        return new LanguageTable(rows);
    }

    private static (LanguageCode, string) ParseRow(TextLine line)
    {
        // The last column (the folded name) is often empty, and editors that trim trailing whitespace drop its tab.
        var fields = line.Text.Split('\t');
        if (fields.Length is < RequiredColumnCount or > ColumnCount || fields[0].Length != 3 || fields[5].Length == 0)
        {
            throw new InvalidDataException($"{ResourceName}:{line.Number}: expected {ColumnCount} tab-separated columns with a code and a name");
        }
        var code = new LanguageCode(fields[0], NullIfEmpty(fields[1]), NullIfEmpty(fields[2]),
            ParseScope(fields[3], line.Number), ParseType(fields[4], line.Number), fields[5]);
        var folded = fields.Length == ColumnCount && fields[6].Length > 0 ? fields[6] : fields[5];
        return (code, folded);
    }

    private static string? NullIfEmpty(string field) => field.Length == 0 ? null : field;

    private static LanguageScope ParseScope(string field, int lineNumber) => field switch
    {
        "I" => LanguageScope.Individual,
        "M" => LanguageScope.Macrolanguage,
        "S" => LanguageScope.Special,
        _ => throw new InvalidDataException($"{ResourceName}:{lineNumber}: unknown scope '{field}'"),
    };

    private static LanguageType ParseType(string field, int lineNumber) => field switch
    {
        "L" => LanguageType.Living,
        "E" => LanguageType.Extinct,
        "A" => LanguageType.Ancient,
        "H" => LanguageType.Historical,
        "C" => LanguageType.Constructed,
        "S" => LanguageType.Special,
        _ => throw new InvalidDataException($"{ResourceName}:{lineNumber}: unknown type '{field}'"),
    };
}
