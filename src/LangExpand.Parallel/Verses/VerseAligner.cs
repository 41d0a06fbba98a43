using LangExpand.Parallel.Text;

namespace LangExpand.Parallel.Verses;

/// <summary>
/// Pairs the verses of two Bibles by id. Verses merged on either side (<c>b.NUM.15.4 15:5</c>) are paired with the
/// verses they cover on the other side, whose texts are joined; ids present on one side only and pairs with an empty side
/// are left out and listed in the <see cref="VerseMatchReport"/>. Pairs come in the source Bible's order.
/// </summary>
public static class VerseAligner
{
    /// <summary>The verse pairs of <paramref name="source"/> and <paramref name="target"/>, each with its (first) verse id.</summary>
    public static VerseAlignment Align(Bible source, Bible target)
    {
        var groups = new VerseGroups();
        foreach (var verse in source.Verses.Concat(target.Verses))
        {
            groups.Join(verse.AllIds);
        }
        var sourceGroups = groups.Collect(source.Verses);
        var targetGroups = groups.Collect(target.Verses);
        var pairs = new List<SentencePair>();
        var empty = new List<string>();
        var merged = 0;
        foreach (var (key, sourceVerses) in sourceGroups)
        {
            if (!targetGroups.TryGetValue(key, out var targetVerses))
            {
                continue;
            }
            var id = sourceVerses[0].Id;
            var (sourceText, targetText) = (Join(sourceVerses), Join(targetVerses));
            if (sourceText.Length == 0 || targetText.Length == 0)
            {
                empty.Add(id);
                continue;
            }
            merged += sourceVerses.Count > 1 || targetVerses.Count > 1 || sourceVerses[0].IsMerged || targetVerses[0].IsMerged ? 1 : 0;
            pairs.Add(new SentencePair(sourceText, targetText, id));
        }
        var report = new VerseMatchReport(pairs.Count,
            OnlyIn(sourceGroups, targetGroups), OnlyIn(targetGroups, sourceGroups), empty, merged);
        return new VerseAlignment(pairs, report);
    }

    private static string Join(List<Verse> verses) => string.Join(' ', verses.Select(v => v.Text).Where(t => t.Length > 0));

    private static List<string> OnlyIn(OrderedDictionary<string, List<Verse>> side, OrderedDictionary<string, List<Verse>> other) =>
        [.. side.Where(group => !other.ContainsKey(group.Key)).SelectMany(group => group.Value.SelectMany(v => v.AllIds))];

    /// <summary>Union-find over verse ids: ids held by one merged verse end up in one group.</summary>
    private sealed class VerseGroups
    {
        private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);

        public void Join(IEnumerable<string> ids)
        {
            string? first = null;
            foreach (var id in ids)
            {
                var root = Root(id);
                if (first is null)
                {
                    first = root;
                }
                else if (root != first)
                {
                    _parent[root] = first;
                }
            }
        }

        /// <summary>The verses of one Bible by group, groups in the order of their first verse.</summary>
        public OrderedDictionary<string, List<Verse>> Collect(IEnumerable<Verse> verses)
        {
            var groups = new OrderedDictionary<string, List<Verse>>(StringComparer.Ordinal);
            foreach (var verse in verses)
            {
                var key = Root(verse.Id);
                if (!groups.TryGetValue(key, out var list))
                {
                    groups.Add(key, list = []);
                }
                list.Add(verse);
            }
            return groups;
        }

        private string Root(string id)
        {
            while (_parent.TryGetValue(id, out var parent) && parent != id)
            {
                id = parent;
            }
            _parent.TryAdd(id, id);
            return id;
        }
    }
}
