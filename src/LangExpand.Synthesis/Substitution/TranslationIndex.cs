using LangExpand.Lexicons;

namespace LangExpand.Synthesis.Substitution;

/// <summary>A match of lexicon entries against tokens: how many tokens it covers and the entries, best score first.</summary>
/// <param name="Length">Tokens covered (multi-word entries cover several).</param>
/// <param name="Candidates">Entries whose source side matches, best score first, ties in lexicon order.</param>
public sealed record TranslationMatch(int Length, IReadOnlyList<LexiconEntry> Candidates);

/// <summary>
/// A bilingual lexicon indexed for substitution: source sides split into tokens on spaces and compared lower-cased,
/// looked up by longest match. Entries valid only from target to source are left out.
/// </summary>
public sealed class TranslationIndex
{
    private readonly Dictionary<string, List<LexiconEntry>> _entries = new(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="entries"/>.</summary>
    public TranslationIndex(IEnumerable<LexiconEntry> entries)
    {
        foreach (var entry in entries.Where(e => e.Direction != LexiconDirection.TargetToSource))
        {
            var tokens = entry.Source.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length == 0)
            {
                continue;
            }
            var key = Key(tokens, 0, tokens.Length);
            if (!_entries.TryGetValue(key, out var list))
            {
                _entries[key] = list = [];
            }
            list.Add(entry);
            MaxLength = Math.Max(MaxLength, tokens.Length);
        }
        foreach (var list in _entries.Values)
        {
            var ordered = list.OrderByDescending(e => e.Score).ToList(); // stable: ties keep lexicon order
            list.Clear();
            list.AddRange(ordered);
        }
    }

    /// <summary>The most tokens a source side has.</summary>
    public int MaxLength { get; }

    /// <summary>The longest entry matching <paramref name="tokens"/> from <paramref name="start"/>, or null.</summary>
    public TranslationMatch? Match(IReadOnlyList<string> tokens, int start)
    {
        for (var length = Math.Min(MaxLength, tokens.Count - start); length >= 1; length--)
        {
            if (_entries.TryGetValue(Key(tokens, start, length), out var candidates))
            {
                return new TranslationMatch(length, candidates);
            }
        }
        return null;
    }

    private static string Key(IReadOnlyList<string> tokens, int start, int length) =>
        (length == 1 ? tokens[start] : string.Join(' ', Enumerable.Range(start, length).Select(i => tokens[i]))).ToLowerInvariant();
}
