using LangExpand.Lexicons;

namespace LangExpand.Synthesis.Substitution;

/// <summary>A match of lexicon entries against tokens: how many tokens it covers and the entries, best score first.</summary>
/// <param name="Length">Tokens covered (multi-word entries cover several).</param>
/// <param name="Candidates">Entries whose source side matches, best score first, ties in lexicon order.</param>
public sealed record TranslationMatch(int Length, IReadOnlyList<LexiconEntry> Candidates)
{
    /// <summary>True when a candidate's source side is written with capitals (and so matches only text written the same way).</summary>
    internal bool HasCapitals => CapitalisedSources.Count > 0;

    /// <summary>The source sides written with capitals (tokens joined by one space).</summary>
    internal IReadOnlyList<string> CapitalisedSources { get; init; } = [];

    /// <summary>The match for text written like none of <see cref="CapitalisedSources"/>: the other candidates, or null when there are none.</summary>
    internal TranslationMatch? WithoutCapitals { get; init; }
}

/// <summary>
/// A bilingual lexicon indexed for substitution: source sides split into tokens on spaces, looked up by longest match
/// without allocating for single tokens. An entry written in lower case matches the text in any capitalisation
/// (<c>house</c> matches <c>House</c>); one with capitals matches only text written exactly so (<c>Said</c>, a name, does
/// not match <c>said</c>). Entries valid only from target to source are left out.
/// </summary>
public sealed class TranslationIndex
{
    private const int StackKeyLimit = 256;
    // Keys are lower-cased (invariant) and compared ordinally: one fast lookup per token.
    private readonly Dictionary<string, TranslationMatch> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TranslationMatch>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly Dictionary<string, int> _longestFrom = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _longestFromSpan;

    /// <summary>Indexes <paramref name="entries"/>.</summary>
    public TranslationIndex(IEnumerable<LexiconEntry> entries)
    {
        var lists = new Dictionary<string, (int Length, List<LexiconEntry> Entries)>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e.Direction != LexiconDirection.TargetToSource))
        {
            var tokens = entry.Source.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length == 0)
            {
                continue;
            }
            var key = string.Join(' ', tokens).ToLowerInvariant();
            if (!lists.TryGetValue(key, out var list))
            {
                lists[key] = list = (tokens.Length, []);
            }
            list.Entries.Add(entry);
            if (tokens.Length > 1)
            {
                var first = tokens[0].ToLowerInvariant();
                _longestFrom[first] = Math.Max(tokens.Length, _longestFrom.GetValueOrDefault(first));
            }
            MaxLength = Math.Max(MaxLength, tokens.Length);
        }
        foreach (var (key, (length, list)) in lists)
        {
            var candidates = list.OrderByDescending(e => e.Score).ToArray(); // stable: ties keep lexicon order
            var lower = candidates.Where(e => !HasCapitals(e.Source.Text)).ToArray();
            _entries[key] = lower.Length == candidates.Length ? new TranslationMatch(length, candidates) : new TranslationMatch(length, candidates)
            {
                CapitalisedSources = candidates.Where(e => HasCapitals(e.Source.Text)).Select(e => Normalized(e.Source.Text)).Distinct().ToArray(),
                WithoutCapitals = lower.Length == 0 ? null : new TranslationMatch(length, lower),
            };
        }
        _bySpan = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestFromSpan = _longestFrom.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The most tokens a source side has.</summary>
    public int MaxLength { get; }

    /// <summary>The entries for the single token <paramref name="token"/>, or null.</summary>
    public TranslationMatch? Match(ReadOnlySpan<char> token)
    {
        var lower = token.Length <= StackKeyLimit ? stackalloc char[token.Length] : new char[token.Length];
        token.ToLowerInvariant(lower);
        return _bySpan.TryGetValue(lower, out var match) && match.Length == 1 ? Cased(match, token) : null;
    }

    /// <summary>
    /// The longest entry matching <paramref name="tokens"/> from <paramref name="start"/> and covering at most
    /// <paramref name="maxLength"/> tokens (default: as many as there are), or null.
    /// </summary>
    public TranslationMatch? Match(IReadOnlyList<string> tokens, int start, int maxLength = int.MaxValue)
    {
        var limit = Math.Min(maxLength, tokens.Count - start);
        var first = tokens[start].Length <= StackKeyLimit ? stackalloc char[tokens[start].Length] : new char[tokens[start].Length];
        tokens[start].AsSpan().ToLowerInvariant(first);
        if (limit >= 2 && _longestFromSpan.TryGetValue(first, out var longest))
        {
            for (var length = Math.Min(longest, limit); length >= 2; length--)
            {
                if (MultiWord(tokens, start, length) is { } match)
                {
                    return match;
                }
            }
        }
        return limit >= 1 ? Match(tokens[start]) : null;
    }

    private TranslationMatch? MultiWord(IReadOnlyList<string> tokens, int start, int length)
    {
        var size = length - 1;
        for (var i = start; i < start + length; i++)
        {
            size += tokens[i].Length;
        }
        var text = size <= StackKeyLimit ? stackalloc char[size] : new char[size];
        var key = size <= StackKeyLimit ? stackalloc char[size] : new char[size];
        var at = 0;
        for (var i = start; i < start + length; i++)
        {
            if (i > start)
            {
                text[at++] = ' ';
            }
            tokens[i].CopyTo(text[at..]);
            at += tokens[i].Length;
        }
        text.ToLowerInvariant(key);
        return _bySpan.TryGetValue(key, out var match) && match.Length == length ? Cased(match, text) : null;
    }

    /// <summary>The match without entries written with capitals that <paramref name="text"/> does not have; null when none is left.</summary>
    private static TranslationMatch? Cased(TranslationMatch match, ReadOnlySpan<char> text)
    {
        if (!match.HasCapitals)
        {
            return match;
        }
        foreach (var source in match.CapitalisedSources)
        {
            if (text.SequenceEqual(source))
            {
                return WrittenAs(match, text);
            }
        }
        return match.WithoutCapitals;
    }

    /// <summary>The candidates of <paramref name="match"/> written in lower case or exactly as <paramref name="text"/>.</summary>
    private static TranslationMatch WrittenAs(TranslationMatch match, ReadOnlySpan<char> text)
    {
        var kept = new List<LexiconEntry>(match.Candidates.Count);
        foreach (var entry in match.Candidates)
        {
            if (!HasCapitals(entry.Source.Text) || text.SequenceEqual(Normalized(entry.Source.Text)))
            {
                kept.Add(entry);
            }
        }
        return kept.Count == match.Candidates.Count ? match : match with { Candidates = kept };
    }

    /// <summary>A source side's tokens joined by one space.</summary>
    private static string Normalized(string source) => string.Join(' ', source.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static bool HasCapitals(string text) => text.Any(char.IsUpper);
}
