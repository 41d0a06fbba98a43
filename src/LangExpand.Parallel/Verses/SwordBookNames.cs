namespace LangExpand.Parallel.Verses;

/// <summary>
/// The English book names SWORD's <c>diatheke</c> prints (its default <c>en</c> locale) and the book codes of the verse
/// TSV corpus (<c>b.GEN.1.1</c>), in canonical order.
/// </summary>
public static class SwordBookNames
{
    private static readonly (string Name, string Code)[] Books =
    [
        ("Genesis", "GEN"), ("Exodus", "EXO"), ("Leviticus", "LEV"), ("Numbers", "NUM"), ("Deuteronomy", "DEU"), ("Joshua", "JOS"),
        ("Judges", "JDG"), ("Ruth", "RUT"), ("I Samuel", "1SA"), ("II Samuel", "2SA"), ("I Kings", "1KI"), ("II Kings", "2KI"),
        ("I Chronicles", "1CH"), ("II Chronicles", "2CH"), ("Ezra", "EZR"), ("Nehemiah", "NEH"), ("Esther", "EST"), ("Job", "JOB"),
        ("Psalms", "PSA"), ("Proverbs", "PRO"), ("Ecclesiastes", "ECC"), ("Song of Solomon", "SON"), ("Isaiah", "ISA"), ("Jeremiah", "JER"),
        ("Lamentations", "LAM"), ("Ezekiel", "EZE"), ("Daniel", "DAN"), ("Hosea", "HOS"), ("Joel", "JOE"), ("Amos", "AMO"), ("Obadiah", "OBA"),
        ("Jonah", "JON"), ("Micah", "MIC"), ("Nahum", "NAH"), ("Habakkuk", "HAB"), ("Zephaniah", "ZEP"), ("Haggai", "HAG"), ("Zechariah", "ZEC"),
        ("Malachi", "MAL"), ("Matthew", "MAT"), ("Mark", "MAR"), ("Luke", "LUK"), ("John", "JOH"), ("Acts", "ACT"), ("Romans", "ROM"),
        ("I Corinthians", "1CO"), ("II Corinthians", "2CO"), ("Galatians", "GAL"), ("Ephesians", "EPH"), ("Philippians", "PHI"),
        ("Colossians", "COL"), ("I Thessalonians", "1TH"), ("II Thessalonians", "2TH"), ("I Timothy", "1TI"), ("II Timothy", "2TI"),
        ("Titus", "TIT"), ("Philemon", "PHM"), ("Hebrews", "HEB"), ("James", "JAM"), ("I Peter", "1PE"), ("II Peter", "2PE"), ("I John", "1JO"),
        ("II John", "2JO"), ("III John", "3JO"), ("Jude", "JUD"), ("Revelation of John", "REV"),
    ];

    private static readonly Dictionary<string, string> CodeByName = Books.ToDictionary(b => b.Name, b => b.Code, StringComparer.Ordinal);

    /// <summary>The 66 book names in canonical order.</summary>
    public static IEnumerable<string> Names => Books.Select(b => b.Name);

    /// <summary>The corpus code of the book <paramref name="name"/> (<c>Psalms</c> → <c>PSA</c>), or null for a name SWORD's English locale does not print.</summary>
    public static string? Code(string name) => CodeByName.GetValueOrDefault(name);
}
