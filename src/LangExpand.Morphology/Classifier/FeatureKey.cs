namespace LangExpand.Morphology.Classifier;

/// <summary>The kinds of classifier features; each key starts with its template, so equal texts of different kinds differ.</summary>
internal enum FeatureTemplate : byte
{
    Bias,
    Bundle,
    Atom,
    Suffix,
    Prefix,
    Shape,
    BundleSuffix,
    BundlePrefix,
    BundleShape,
    AtomSuffix,
    AtomPrefix,
    Character,
    Vowels,
    VowelRank,
    Pattern,
    KnownTree,
    KnownTreeTarget,
}

/// <summary>
/// A 64-bit FNV-1a hash of a feature template and its text parts (each UTF-16 unit fed as two bytes, parts separated by a
/// value no unit takes). Stable across processes and platforms, unlike <see cref="string.GetHashCode()"/>, so saved weights
/// stay valid.
/// </summary>
internal readonly struct FeatureKey
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    private FeatureKey(ulong value) => Value = value;

    /// <summary>The hash.</summary>
    public ulong Value { get; }

    /// <summary>The key of a template with no text.</summary>
    public static FeatureKey Of(FeatureTemplate template) => new((Offset ^ (byte)template) * Prime);

    /// <summary>This key extended with one more text part.</summary>
    public FeatureKey With(ReadOnlySpan<char> part)
    {
        var hash = (Value ^ 0xFF) * Prime;
        hash = (hash ^ 0xFF) * Prime;
        foreach (var unit in part)
        {
            hash = (hash ^ (byte)unit) * Prime;
            hash = (hash ^ (byte)(unit >> 8)) * Prime;
        }
        return new FeatureKey(hash);
    }
}
