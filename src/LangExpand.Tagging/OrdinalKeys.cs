namespace LangExpand.Tagging;

/// <summary>Orders dictionary entries by key, ordinally, so that saved files do not depend on insertion order.</summary>
internal sealed class OrdinalKeys : IComparer<KeyValuePair<string, string>>
{
    public static readonly OrdinalKeys Instance = new();

    public int Compare(KeyValuePair<string, string> x, KeyValuePair<string, string> y) => string.CompareOrdinal(x.Key, y.Key);
}
