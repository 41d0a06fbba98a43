using System.Globalization;
using LangExpand.Core.Diagnostics;

namespace LangExpand.Lexicons.Merging;

/// <summary>Kinds of entries that <see cref="LexiconFilter"/> can drop.</summary>
[Flags]
public enum LexiconDrops
{
    /// <summary>Drop nothing.</summary>
    None = 0,

    /// <summary>Numerals and numeral expressions: a side tagged as a number (UPOS <c>NUM</c>) or written with a digit (<c>1,5</c>, <c>20%</c>, <c>18th century</c>).</summary>
    Numerals = 1,

    /// <summary>Punctuation: a side tagged <c>PUNCT</c> or <c>SYM</c>, or written with punctuation and symbols only.</summary>
    Punctuation = 2,

    /// <summary>Proper nouns: a side tagged as one (Apertium <c>np</c>, Wiktionary <c>name</c>, UPOS <c>PROPN</c>).</summary>
    ProperNouns = 4,
}

/// <summary>Which entries to keep when merging.</summary>
/// <param name="MinScore">Keep entries scoring at least this much; null keeps every score.</param>
/// <param name="PosAgreement">Keep only entries whose sides' parts of speech agree (<see cref="PartOfSpeech.Agree"/>).</param>
/// <param name="Drop">Kinds of entries to drop; an entry is dropped when either side is of the kind.</param>
public sealed record LexiconFilter(double? MinScore = null, bool PosAgreement = false, LexiconDrops Drop = LexiconDrops.None)
{
    /// <summary>The names of <see cref="LexiconDrops"/> kinds on the command line, in order.</summary>
    public static IReadOnlyList<(string Name, LexiconDrops Kind)> DropNames { get; } =
        [("numerals", LexiconDrops.Numerals), ("punctuation", LexiconDrops.Punctuation), ("proper-nouns", LexiconDrops.ProperNouns)];

    /// <summary>True when <paramref name="entry"/> passes every condition.</summary>
    public bool Keeps(LexiconEntry entry) =>
        (MinScore is not { } min || entry.Score >= min)
        && (!PosAgreement || PartOfSpeech.Agree(entry.Source, entry.Target))
        && !Dropped(entry.Source) && !Dropped(entry.Target);

    /// <summary>Parses a comma-separated list of <see cref="DropNames"/> (<c>numerals,proper-nouns</c>).</summary>
    public static LexiconDrops ParseDrops(string names)
    {
        var drops = LexiconDrops.None;
        foreach (var name in names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var kind = DropNames.Where(d => d.Name == name).Select(d => d.Kind).FirstOrDefault();
            drops |= kind != LexiconDrops.None ? kind : throw new LangExpandException(ErrorCode.InvalidOption,
                $"--drop {name} is not a kind of entry", expected: string.Join(", ", DropNames.Select(d => d.Name)));
        }
        return drops;
    }

    private bool Dropped(LexiconSide side)
    {
        var upos = PartOfSpeech.ToUniversal(side.Pos);
        return (Drop.HasFlag(LexiconDrops.Numerals) && (upos == "NUM" || IsNumber(side.Text)))
            || (Drop.HasFlag(LexiconDrops.Punctuation) && (upos is "PUNCT" or "SYM" || IsPunctuation(side.Text)))
            || (Drop.HasFlag(LexiconDrops.ProperNouns) && upos == "PROPN");
    }

    private static bool IsNumber(string text) => text.Any(char.IsDigit);

    private static bool IsPunctuation(string text) =>
        text.Any(c => !char.IsWhiteSpace(c)) && text.All(c => char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c)
            || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format);
}
