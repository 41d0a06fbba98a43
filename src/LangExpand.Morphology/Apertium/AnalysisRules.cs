using System.Globalization;
using System.Text;
using LangExpand.Core.FiniteState;
using LangExpand.Core.Inflection;

namespace LangExpand.Morphology.Apertium;

/// <summary>
/// Decides which Apertium analyses become inflection triples, symbol by symbol so that a transducer walk can stop early.
/// Kept: a form of letters (with combining marks), spaces and hyphens; a lexical form that is such a lemma followed only by
/// tags of the <see cref="ApertiumTagTable"/>, the first one opening an open-class entry. Everything else is skipped:
/// multiwords and clitic sequences (<c>#</c>, <c>+</c>, anything after the tags), numbers and punctuation, proper nouns,
/// pronouns and other closed classes, analyses with a tag the table does not know, and lemmas or forms with a capital
/// letter after the first character (acronyms, Roman numerals and names inside multiwords: <c>siglos XV y XVI</c>).
/// </summary>
/// <param name="tags">The tag table that maps the kept analyses to UniMorph features.</param>
public sealed class AnalysisRules(ApertiumTagTable tags)
{
    /// <summary>The rules of the default tag table.</summary>
    public static AnalysisRules Default { get; } = new(ApertiumTagTable.Default);

    /// <summary>True when a surface symbol (one character, or a tag) may occur in a kept form.</summary>
    public bool AcceptsFormSymbol(string symbol) => IsWordCharacter(symbol);

    /// <summary>
    /// True when a lexical symbol may follow <paramref name="previous"/> (the previous non-empty lexical symbol, null at
    /// the start) in a kept analysis: lemma characters first, then known tags only, the first of them a part of speech.
    /// </summary>
    public bool AcceptsLexicalSymbol(string? previous, string symbol)
    {
        if (!AttSymbols.IsTag(symbol))
        {
            return (previous is null || !AttSymbols.IsTag(previous)) && IsWordCharacter(symbol);
        }
        var name = symbol[1..^1];
        return previous is not null && tags.IsKnown(name) && (AttSymbols.IsTag(previous) || tags.OpensEntry(name));
    }

    /// <summary>The triple (lemma, UniMorph features, form) of a kept analysis, or null for one that is skipped.</summary>
    public InflectionTriple? ToTriple(ApertiumAnalysis analysis)
    {
        if (analysis.Form.Length == 0 || !AttSymbols.Split(analysis.Form).All(AcceptsFormSymbol) || HasInnerCapital(analysis.Form) || HasInnerCapital(analysis.Lexical))
        {
            return null;
        }
        string? previous = null;
        var tagNames = new List<string>();
        foreach (var symbol in AttSymbols.Split(analysis.Lexical))
        {
            if (!AcceptsLexicalSymbol(previous, symbol))
            {
                return null;
            }
            if (AttSymbols.IsTag(symbol))
            {
                tagNames.Add(symbol[1..^1]);
            }
            previous = symbol;
        }
        var features = tags.Map(tagNames);
        return features is null ? null : new InflectionTriple(analysis.Lexical[..analysis.Lexical.IndexOf('<')], features, analysis.Form);
    }

    /// <summary>True when a character after the first one, before any tag, is upper case.</summary>
    private static bool HasInnerCapital(string text)
    {
        var end = text.IndexOf('<') is >= 0 and var tag ? tag : text.Length;
        for (var i = 1; i < end; i++)
        {
            if (char.IsUpper(text[i]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsWordCharacter(string symbol)
    {
        if (Rune.DecodeFromUtf16(symbol, out var rune, out var consumed) != System.Buffers.OperationStatus.Done || consumed != symbol.Length)
        {
            return false;
        }
        return Rune.IsLetter(rune) || rune.Value is ' ' or '-'
            || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }
}
