using System.Diagnostics.CodeAnalysis;

namespace LangExpand.Core.Annotated;

/// <summary>
/// A Universal Dependencies FEATS value: <c>Name=Value</c> pairs joined by <c>|</c>, or <c>_</c> for none. Multi-valued
/// features (<c>PronType=Int,Rel</c>) keep their comma-separated values in one string.
/// </summary>
public sealed class UdFeatures
{
    /// <summary>No features (<c>_</c>).</summary>
    public static readonly UdFeatures Empty = new([]);

    private string? _text;

    private UdFeatures(IReadOnlyList<KeyValuePair<string, string>> pairs) => Pairs = pairs;

    /// <summary>The features in written order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Pairs { get; }

    /// <summary>The value of feature <paramref name="name"/>, or null.</summary>
    public string? this[string name] => Pairs.FirstOrDefault(p => p.Key == name).Value;

    /// <summary>
    /// Features in the order UD writes them: names case-insensitively alphabetical (<c>Gender</c> before
    /// <c>Number</c>), each feature's comma-separated values too; no pairs give <see cref="Empty"/>.
    /// </summary>
    public static UdFeatures Create(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var sorted = pairs
            .Select(p => new KeyValuePair<string, string>(p.Key, string.Join(',', p.Value.Split(',').Order(StringComparer.OrdinalIgnoreCase))))
            .OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        return sorted.Count == 0 ? Empty : new UdFeatures(sorted);
    }

    /// <summary>Parses a FEATS column; returns false for text that is neither <c>_</c> nor <c>Name=Value|…</c>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out UdFeatures? features)
    {
        features = null;
        if (text is "_")
        {
            features = Empty;
            return true;
        }
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var range in text.Split('|'))
        {
            var item = text[range];
            var equals = item.IndexOf('=');
            if (equals <= 0 || equals == item.Length - 1)
            {
                return false;
            }
            pairs.Add(new(item[..equals].ToString(), item[(equals + 1)..].ToString()));
        }
        features = new UdFeatures(pairs);
        return true;
    }

    /// <summary>The FEATS text: <c>_</c> or the pairs joined by <c>|</c> (made once).</summary>
    public override string ToString() => _text ??= Pairs.Count == 0 ? "_" : string.Join('|', Pairs.Select(p => $"{p.Key}={p.Value}"));
}
