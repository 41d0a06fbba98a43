namespace LangExpand.Morphology.Baseline;

/// <summary>
/// The suffix and prefix rules learnt for one feature bundle, in the order they were first seen (which breaks ties, as
/// in the reference baseline), indexed by left side for lookup.
/// </summary>
public sealed class AffixRuleTable
{
    private readonly RuleList _suffixes = new();
    private readonly RuleList _prefixes = new();

    /// <summary>Suffix rules in first-seen order.</summary>
    public IReadOnlyList<AffixRule> SuffixRules => _suffixes.Rules;

    /// <summary>Prefix rules in first-seen order.</summary>
    public IReadOnlyList<AffixRule> PrefixRules => _prefixes.Rules;

    /// <summary>Adds <paramref name="count"/> observations of a suffix rule.</summary>
    public void AddSuffixRule(ReadOnlySpan<char> left, ReadOnlySpan<char> right, int count = 1) => _suffixes.Add(left, right, count);

    /// <summary>Adds <paramref name="count"/> observations of a prefix rule.</summary>
    public void AddPrefixRule(ReadOnlySpan<char> left, ReadOnlySpan<char> right, int count = 1) => _prefixes.Add(left, right, count);

    /// <summary>
    /// Rewrites <paramref name="marked"/> (<c>&lt;lemma&gt;</c>): the suffix rule with the longest matching left side (ties: more
    /// frequent, then longer right side, then first seen), then the most frequent matching prefix rule (ties: first seen).
    /// </summary>
    public string Apply(string marked)
    {
        for (var start = 1; start < marked.Length; start++)
        {
            var candidates = _suffixes.WithLeft(marked.AsSpan(start));
            if (candidates.Count > 0)
            {
                var best = candidates.Aggregate((a, b) =>
                    (_suffixes.Count(b), _suffixes.RightLength(b)).CompareTo((_suffixes.Count(a), _suffixes.RightLength(a))) > 0 ? b : a);
                marked = marked[..start] + _suffixes.Right(best);
                break;
            }
        }
        var prefix = -1;
        foreach (var rule in Enumerable.Range(1, marked.Length).SelectMany(length => _prefixes.WithLeft(marked.AsSpan(0, length))).Order())
        {
            prefix = prefix < 0 || _prefixes.Count(rule) > _prefixes.Count(prefix) ? rule : prefix;
        }
        return prefix < 0 ? marked : _prefixes.Right(prefix) + marked[_prefixes.Left(prefix).Length..];
    }

    /// <summary>Rules indexed by left side; strings are allocated only for rules not seen before.</summary>
    private sealed class RuleList
    {
        private readonly Dictionary<string, List<int>> _byLeft = new(StringComparer.Ordinal);
        private readonly List<(string Left, string Right)> _sides = [];
        private readonly List<int> _counts = [];
        private readonly List<int> _rightLengths = [];

        public IReadOnlyList<AffixRule> Rules => _sides.Select((s, i) => new AffixRule(s.Left, s.Right, _counts[i])).ToList();

        public int Count(int rule) => _counts[rule];

        public int RightLength(int rule) => _rightLengths[rule];

        public string Left(int rule) => _sides[rule].Left;

        public string Right(int rule) => _sides[rule].Right;

        public IReadOnlyList<int> WithLeft(ReadOnlySpan<char> left) =>
            _byLeft.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(left, out var found) ? found : [];

        public void Add(ReadOnlySpan<char> left, ReadOnlySpan<char> right, int count)
        {
            var lookup = _byLeft.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(left, out var rules))
            {
                rules = [];
                lookup[left] = rules;
            }
            foreach (var rule in rules)
            {
                if (right.SequenceEqual(_sides[rule].Right))
                {
                    _counts[rule] += count;
                    return;
                }
            }
            var leftText = rules.Count > 0 ? _sides[rules[0]].Left : left.ToString();
            var rightText = right.ToString();
            rules.Add(_sides.Count);
            _sides.Add((leftText, rightText));
            _counts.Add(count);
            _rightLengths.Add(rightText.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') ? rightText.EnumerateRunes().Count() : rightText.Length);
        }
    }
}
