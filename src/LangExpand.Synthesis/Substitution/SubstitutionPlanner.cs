using System.Runtime.CompilerServices;
using LangExpand.Lexicons;
using LangExpand.Lexicons.Merging;
using LangExpand.Synthesis.Inflection;

namespace LangExpand.Synthesis.Substitution;

/// <summary>How a planned span's translations were found, which decides how their target form is made.</summary>
public enum SpanKind
{
    /// <summary>The source form(s) matched; the target is written as the lexicon has it.</summary>
    Form,

    /// <summary>The source lemma matched but the translation's part of speech differs: the target lemma is written.</summary>
    Lemma,

    /// <summary>The source lemma matched: the target lemma is re-inflected for the source token's features.</summary>
    InflectedLemma,
}

/// <summary>Source tokens chosen for replacement and the lexicon entries chosen for them, before any form is made.</summary>
/// <param name="Start">First source token.</param>
/// <param name="Length">Source tokens covered.</param>
/// <param name="Entries">The chosen entries (one, or up to the cap for the all policy).</param>
/// <param name="Kind">How the entries were found.</param>
public sealed record PlannedSpan(int Start, int Length, IReadOnlyList<LexiconEntry> Entries, SpanKind Kind);

/// <summary>
/// Decides, for a sentence of <see cref="SourceToken"/>s, which spans are replaced and by which lexicon entries
/// (<see cref="Match"/>, cheap: lookups and choices only), then makes the target forms (<see cref="Realize"/>).
/// Longest multi-word match on forms first (unless <paramref name="oneToOne"/>); then a word's lemma, re-inflected when
/// a re-inflector is given and the translation's part of speech agrees with the word's; then the word's form. Tokens
/// without a letter are never replaced.
/// </summary>
/// <param name="index">The lexicon.</param>
/// <param name="reInflector">Makes target forms from lemmas; null to write translations as the lexicon has them.</param>
/// <param name="oneToOne">Replace one source token by one target token only (formats that cannot add or merge tokens, such as CoNLL-U).</param>
public sealed class SubstitutionPlanner(TranslationIndex index, ReInflector? reInflector, bool oneToOne)
{
    private const int PoolCacheLimit = 100_000;
    private readonly Dictionary<(TranslationMatch Match, string? Upos), (IReadOnlyList<LexiconEntry> Pool, bool Agreeing)?> _pools = new(MatchAndTag.Comparer);
    private readonly Dictionary<LexiconEntry, Alternative> _asCopied = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<LexiconEntry, Alternative> _asLemma = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(LexiconEntry Entry, ReInflection Result), Alternative[]> _single = new(ReferencePair<LexiconEntry, ReInflection>.Comparer);
    private readonly Dictionary<(LexiconEntry Entry, string? Upos, object? Feats, object? Analysis), Alternative[]> _inflected = new(InflectionKey.Comparer);

    /// <summary>
    /// The spans to replace in <paramref name="tokens"/>, left to right. <paramref name="maxSpan"/> bounds, for a start
    /// position, how many tokens one span may cover (label boundaries); null for no bound.
    /// </summary>
    public List<PlannedSpan> Match(IReadOnlyList<SourceToken> tokens, Chooser chooser, Func<int, int>? maxSpan = null)
    {
        var spans = new List<PlannedSpan>(tokens.Count);
        string[]? forms = null;
        for (var i = 0; i < tokens.Count;)
        {
            if (!tokens[i].IsWord)
            {
                i++;
                continue;
            }
            var limit = oneToOne ? 1 : maxSpan?.Invoke(i) ?? int.MaxValue;
            var span = (limit > 1 && index.MaxLength > 1 ? MultiWord(forms ??= tokens.Select(t => t.Form).ToArray(), i, limit, chooser) : null)
                ?? SingleWord(tokens[i], i, chooser);
            if (span is null)
            {
                i++;
                continue;
            }
            spans.Add(span);
            i += span.Length;
        }
        return spans;
    }

    /// <summary>The replacement for <paramref name="span"/>: one target text per chosen entry.</summary>
    public Replacement Realize(PlannedSpan span, IReadOnlyList<SourceToken> tokens)
    {
        var alternatives = new Alternative[span.Entries.Count];
        for (var i = 0; i < alternatives.Length; i++)
        {
            alternatives[i] = Alternative(span.Entries[i], span.Kind, tokens[span.Start]);
        }
        return new Replacement(span.Start, span.Length, alternatives);
    }

    private Alternative Alternative(LexiconEntry entry, SpanKind kind, SourceToken first) => kind == SpanKind.InflectedLemma
        ? new Alternative(entry, reInflector!.Inflect(entry.Target.Text, first))
        : AsWritten(entry, kind);

    /// <summary>The entry's target written as the lexicon has it, one shared object per entry and kind (form or lemma).</summary>
    private Alternative AsWritten(LexiconEntry entry, SpanKind kind)
    {
        var source = kind == SpanKind.Lemma ? InflectionSource.Lemma : InflectionSource.Copied;
        var cache = source == InflectionSource.Lemma ? _asLemma : _asCopied;
        if (!cache.TryGetValue(entry, out var alternative))
        {
            cache[entry] = alternative = new Alternative(entry, new ReInflection(entry.Target.Text, source, null));
        }
        return alternative;
    }

    private PlannedSpan? MultiWord(string[] forms, int start, int limit, Chooser chooser) =>
        index.Match(forms, start, limit) is { Length: > 1 } match ? new PlannedSpan(start, match.Length, chooser.Choose(match.Candidates), SpanKind.Form) : null;

    private PlannedSpan? SingleWord(SourceToken token, int position, Chooser chooser)
    {
        var byLemma = reInflector is not null && token.Lemma is { } lemma ? index.Match(lemma) : null;
        var match = byLemma ?? index.Match(token.Form);
        if (match is null || Pool(match, token.Upos) is not var (pool, agreeing))
        {
            return null;
        }
        return new PlannedSpan(position, 1, chooser.Choose(pool), Kind(token, byLemma is not null, agreeing));
    }

    /// <summary>
    /// The alternatives replacing the single word <paramref name="token"/> one-to-one (as <see cref="Match"/> and
    /// <see cref="Realize"/> would make them), or null when it is kept; for callers that look up and cache words
    /// themselves: <paramref name="byLemma"/> is the lexicon's match for the word's lemma when lemmas are re-inflected
    /// (null otherwise), <paramref name="byForm"/> the match for its form, and the lemma's wins. When the policy picks
    /// one entry the list is shared, so planning a word seen before allocates nothing.
    /// </summary>
    public IReadOnlyList<Alternative>? WordAlternatives(SourceToken token, Chooser chooser, TranslationMatch? byLemma, TranslationMatch? byForm)
    {
        var match = byLemma ?? byForm;
        if (match is null || Pool(match, token.Upos) is not var (pool, agreeing))
        {
            return null;
        }
        var kind = Kind(token, byLemma is not null, agreeing);
        if (chooser.PicksOne)
        {
            var entry = chooser.PickOne(pool);
            return kind == SpanKind.InflectedLemma ? Inflected(entry, token) : One(entry, AsWritten(entry, kind).Result);
        }
        return Alternatives(chooser.Choose(pool), kind, token);
    }

    // Apart from WordAlternatives, whose every call would otherwise allocate this lambda's closure.
    private Alternative[] Alternatives(IReadOnlyList<LexiconEntry> entries, SpanKind kind, SourceToken first) =>
        entries.Select(entry => Alternative(entry, kind, first)).ToArray();

    private static SpanKind Kind(SourceToken token, bool byLemma, bool agreeing) =>
        !byLemma ? SpanKind.Form : agreeing && token.Upos != "PROPN" ? SpanKind.InflectedLemma : SpanKind.Lemma;

    /// <summary>
    /// The one-alternative list for <paramref name="entry"/> re-inflected for <paramref name="token"/>, cached by the
    /// identity of the token's features (shared objects when the caller caches them, as CoNLL-U synthesis does), so a
    /// repeated word skips even the re-inflector's own cache.
    /// </summary>
    private Alternative[] Inflected(LexiconEntry entry, SourceToken token)
    {
        var key = (entry, token.Upos, (object?)token.Feats, (object?)token.Analysis);
        if (_inflected.TryGetValue(key, out var cached))
        {
            return cached;
        }
        if (_inflected.Count >= PoolCacheLimit)
        {
            _inflected.Clear();
        }
        return _inflected[key] = One(entry, reInflector!.Inflect(entry.Target.Text, token));
    }

    /// <summary>The one-alternative list for <paramref name="entry"/> made into <paramref name="result"/> (a shared object), made once.</summary>
    private Alternative[] One(LexiconEntry entry, ReInflection result)
    {
        if (_single.TryGetValue((entry, result), out var cached))
        {
            return cached;
        }
        if (_single.Count >= PoolCacheLimit)
        {
            _single.Clear();
        }
        return _single[(entry, result)] = [new Alternative(entry, result)];
    }

    /// <summary>
    /// The candidates to choose from for a word with <paramref name="upos"/>, and whether they agree with it: translations
    /// whose part of speech is known to differ from the word's are used only when nothing else is there, and then not
    /// re-inflected (an English verb translated by a Spanish noun must not get verb endings). One-to-one formats keep
    /// single-word translations only. Cached per match and tag, since running text repeats words.
    /// </summary>
    private (IReadOnlyList<LexiconEntry> Pool, bool Agreeing)? Pool(TranslationMatch match, string? upos)
    {
        if (_pools.TryGetValue((match, upos), out var cached))
        {
            return cached;
        }
        if (_pools.Count >= PoolCacheLimit)
        {
            _pools.Clear();
        }
        return _pools[(match, upos)] = NewPool(match, upos);
    }

    // Apart from Pool, whose every call (cache hits included) would otherwise allocate the lambdas' closure.
    private (IReadOnlyList<LexiconEntry> Pool, bool Agreeing)? NewPool(TranslationMatch match, string? upos)
    {
        var usable = oneToOne ? match.Candidates.Where(e => !e.Target.Text.Contains(' ')).ToList() : match.Candidates;
        var agreeing = upos is null ? usable : usable.Where(e => Agrees(e, upos)).ToList();
        return usable.Count == 0 ? null : agreeing.Count > 0 ? (agreeing, true) : (usable, false);
    }

    private static bool Agrees(LexiconEntry entry, string upos) =>
        PartOfSpeech.ToUniversal(entry.Target.Pos) is not { } target || target == upos || (target, upos) is ("VERB", "AUX");

    /// <summary>Compares (match, tag) keys by the match's identity and the tag's text: cheap, since matches are shared.</summary>
    private sealed class MatchAndTag : IEqualityComparer<(TranslationMatch Match, string? Upos)>
    {
        public static readonly MatchAndTag Comparer = new();

        public bool Equals((TranslationMatch Match, string? Upos) x, (TranslationMatch Match, string? Upos) y) =>
            ReferenceEquals(x.Match, y.Match) && string.Equals(x.Upos, y.Upos, StringComparison.Ordinal);

        public int GetHashCode((TranslationMatch Match, string? Upos) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Match), key.Upos is null ? 0 : StringComparer.Ordinal.GetHashCode(key.Upos));
    }

    /// <summary>Compares re-inflection keys: the entry and the features by identity, the tag by its text.</summary>
    private sealed class InflectionKey : IEqualityComparer<(LexiconEntry Entry, string? Upos, object? Feats, object? Analysis)>
    {
        public static readonly InflectionKey Comparer = new();

        public bool Equals((LexiconEntry Entry, string? Upos, object? Feats, object? Analysis) x, (LexiconEntry Entry, string? Upos, object? Feats, object? Analysis) y) =>
            ReferenceEquals(x.Entry, y.Entry) && ReferenceEquals(x.Feats, y.Feats) && ReferenceEquals(x.Analysis, y.Analysis) && string.Equals(x.Upos, y.Upos, StringComparison.Ordinal);

        public int GetHashCode((LexiconEntry Entry, string? Upos, object? Feats, object? Analysis) key) => HashCode.Combine(
            RuntimeHelpers.GetHashCode(key.Entry), RuntimeHelpers.GetHashCode(key.Feats), RuntimeHelpers.GetHashCode(key.Analysis), key.Upos is null ? 0 : StringComparer.Ordinal.GetHashCode(key.Upos));
    }
}
