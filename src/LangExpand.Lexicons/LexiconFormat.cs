using LangExpand.Core.Diagnostics;

namespace LangExpand.Lexicons;

/// <summary>The lexicon formats <see cref="LexiconTasks.Import"/> reads.</summary>
public enum LexiconFormat
{
    /// <summary>Lexicon TSV (<see cref="Formats.LexiconTsv"/>) or plain TSV of two or more columns.</summary>
    Tsv,

    /// <summary>MUSE dictionaries: two whitespace-separated words a line.</summary>
    Muse,

    /// <summary>Two PanLex per-language TSV exports, source then target, joined on their meanings.</summary>
    PanLex,

    /// <summary>Wiktionary translations from a kaikki.org JSONL dump.</summary>
    Wiktionary,

    /// <summary>An Apertium bilingual dictionary in <c>.dix</c> XML.</summary>
    ApertiumDix,

    /// <summary>A compiled Apertium bilingual dictionary (<c>*.autobil.bin</c>) printed as AT&amp;T text by <c>lt-print</c>.</summary>
    ApertiumAtt,
}

/// <summary>The command-line names of <see cref="LexiconFormat"/>s.</summary>
public static class LexiconFormats
{
    /// <summary>Every format with its name, in order.</summary>
    public static IReadOnlyList<(string Name, LexiconFormat Format)> All { get; } =
    [
        ("tsv", LexiconFormat.Tsv), ("muse", LexiconFormat.Muse), ("panlex", LexiconFormat.PanLex), ("wiktionary", LexiconFormat.Wiktionary),
        ("apertium-dix", LexiconFormat.ApertiumDix), ("apertium-att", LexiconFormat.ApertiumAtt),
    ];

    /// <summary>The format named <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="LangExpandException">The name is not one of <see cref="All"/> (<see cref="ErrorCode.UnknownFormat"/>).</exception>
    public static LexiconFormat Parse(string name) =>
        All.Where(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)).Select(f => (LexiconFormat?)f.Format).FirstOrDefault()
        ?? throw new LangExpandException(ErrorCode.UnknownFormat, $"unknown lexicon format '{name}'", expected: string.Join(", ", All.Select(f => f.Name)));
}
