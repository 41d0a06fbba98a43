namespace LangExpand.Tagging.Perceptron;

/// <summary>
/// Feature names and their ids. While training the table grows (an unseen name gets the next id); a trained model's
/// table is frozen, and a name it lacks has id -1 (the feature has no weights and is skipped).
/// </summary>
internal sealed class FeatureTable
{
    private readonly Dictionary<string, int> _ids;
    private readonly List<string> _names;
    private readonly bool _growing;

    private FeatureTable(List<string> names, bool growing)
    {
        _names = names;
        _ids = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
        foreach (var name in names)
        {
            _ids.Add(name, _ids.Count);
        }
        _growing = growing;
    }

    /// <summary>An empty table that adds every name it is asked for.</summary>
    public static FeatureTable Growing() => new([], growing: true);

    /// <summary>A table of <paramref name="names"/> (distinct; ids in that order) that adds nothing.</summary>
    public static FeatureTable Frozen(IEnumerable<string> names) => new([.. names], growing: false);

    /// <summary>The names in id order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>The id of <paramref name="name"/>; a growing table adds it, a frozen one answers -1.</summary>
    public int Id(string name)
    {
        if (_ids.TryGetValue(name, out var id))
        {
            return id;
        }
        if (!_growing)
        {
            return -1;
        }
        _ids[name] = _names.Count;
        _names.Add(name);
        return _names.Count - 1;
    }
}
