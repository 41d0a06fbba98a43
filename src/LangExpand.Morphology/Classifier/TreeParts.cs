namespace LangExpand.Morphology.Classifier;

/// <summary>
/// The parts a candidate tree is scored by, so that trees sharing a part share evidence:
/// <list type="bullet">
/// <item>the whole tree;</item>
/// <item>the set of vowels it inserts, so that vowel harmony is learnt once for all bundles (Hungarian <c>-ünk</c>,
/// <c>-tük</c> and <c>-ből</c> share one part);</item>
/// <item>for a tree whose root keeps a middle, its prefix and suffix sides (subtree or nothing) and, where a side keeps a
/// middle of its own, that side's two sides (Finnish <c>lienet pänninyt</c> and <c>olen pänninyt</c> share the suffix
/// side <c>"ä"→"nyt"</c>);</item>
/// <item>for the lemma at hand, how many more (or fewer) doubled consonants the tree's output has than the lemma, so that
/// gemination is learnt across consonants (English <c>nod → nodded</c>, Sámi <c>sarcut → sarccuimet</c>);</item>
/// <item>for a lemma with known cells, how many of their votes (see <see cref="CellAnalogies"/>) the tree's output got (1, 2,
/// 3 or more) and whether it got all of them, so that the classifier learns how far to trust the lemma's own paradigm.</item>
/// </list>
/// Part ids are given in tree order, then in the order above, so the same trees always get the same ids.
/// </summary>
internal sealed class TreeParts
{
    private const int MaxDoubling = 2;
    private const int MaxVotes = 3;

    private readonly IReadOnlyList<EditTree> _trees;
    private readonly Dictionary<EditTree, int> _ids;
    private readonly int[][] _fixed;
    private readonly int _doublingBase;

    /// <summary>Numbers the parts of <paramref name="trees"/>.</summary>
    public TreeParts(IReadOnlyList<EditTree> trees)
    {
        _trees = trees;
        _ids = trees.Select((tree, id) => (tree, id)).ToDictionary(t => t.tree, t => t.id);
        var ids = new Dictionary<(Position, object?), int>();
        _fixed = trees.Select(tree => FixedParts(tree).Select(part => ids.TryGetValue(part, out var id) ? id : ids[part] = ids.Count).ToArray()).ToArray();
        _doublingBase = ids.Count;
    }

    /// <summary>Where in the tree a part sits: the root, the path of sides to it (P = prefix side, S = suffix side), or what it inserts.</summary>
    private enum Position
    {
        Whole,
        InsertedVowels,
        P,
        S,
        PP,
        PS,
        SP,
        SS,
    }

    /// <summary>
    /// The candidates among <paramref name="trees"/> that apply to <paramref name="lemma"/>, with their parts for it;
    /// <paramref name="votes"/> are the forms the lemma's known cells vote for (see <see cref="CellAnalogies"/>), if any.
    /// </summary>
    public CandidateSet Candidates(IEnumerable<int> trees, string lemma, IReadOnlyDictionary<string, int>? votes = null) =>
        new(trees.Where(tree => _trees[tree].AppliesTo(lemma)).Union(Voted(lemma, votes)).Order().ToArray(), tree => Of(tree, lemma, votes));

    /// <summary>The trees of the model that turn <paramref name="lemma"/> into a form with votes, which join its candidates.</summary>
    private IEnumerable<int> Voted(string lemma, IReadOnlyDictionary<string, int>? votes) =>
        (votes?.Keys ?? []).Select(form => _ids.TryGetValue(EditTreeBuilder.Build(lemma, form), out var id) ? id : -1).Where(id => id >= 0);

    private int[] Of(int tree, string lemma, IReadOnlyDictionary<string, int>? votes)
    {
        var form = _trees[tree].Apply(lemma)!;
        var doubling = Math.Clamp(Doubled(form) - Doubled(lemma), -MaxDoubling, MaxDoubling);
        int[] parts = doubling == 0 ? _fixed[tree] : [.. _fixed[tree], _doublingBase + MaxDoubling + doubling];
        return votes is not null && votes.TryGetValue(form, out var count) ? [.. parts, VotePart(count, count == votes.Values.Sum())] : parts;
    }

    /// <summary>The part of a candidate whose output got <paramref name="count"/> votes (capped), all of them or not.</summary>
    private int VotePart(int count, bool all) => _doublingBase + 2 * MaxDoubling + 1 + 2 * (Math.Min(count, MaxVotes) - 1) + (all ? 1 : 0);

    private static IEnumerable<(Position, object?)> FixedParts(EditTree tree)
    {
        yield return (Position.Whole, tree);
        yield return (Position.InsertedVowels, new string(Vowels.Skeleton(string.Concat(Insertions(tree))).Distinct().Order().ToArray()));
        if (tree is not MatchNode match)
        {
            yield break;
        }
        yield return (Position.P, match.Prefix);
        yield return (Position.S, match.Suffix);
        if (match.Prefix is MatchNode prefix)
        {
            yield return (Position.PP, prefix.Prefix);
            yield return (Position.PS, prefix.Suffix);
        }
        if (match.Suffix is MatchNode suffix)
        {
            yield return (Position.SP, suffix.Prefix);
            yield return (Position.SS, suffix.Suffix);
        }
    }

    private static IEnumerable<string> Insertions(EditTree? tree) => tree switch
    {
        SubstitutionNode substitution => [substitution.To],
        MatchNode match => Insertions(match.Prefix).Concat(Insertions(match.Suffix)),
        _ => [],
    };

    /// <summary>How many times a consonant letter directly repeats the one before it.</summary>
    private static int Doubled(string text)
    {
        var count = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] == text[i - 1] && char.IsLetter(text[i]) && !Vowels.IsVowel(text[i]))
            {
                count++;
            }
        }
        return count;
    }
}
