using System.Text;

namespace LangExpand.Core.Features;

/// <summary>
/// A morphological feature bundle (UniMorph; SIGMORPHON 2016 key=value bundles too). Parsing keeps the exact text:
/// <see cref="ToString"/> gives back the input character for character. Equality has set semantics — the order of
/// features does not matter — and <see cref="ToCanonicalString"/> writes the part of speech first, then the rest in
/// ordinal order.
/// </summary>
public sealed class FeatureBundle : IEquatable<FeatureBundle>
{
    private readonly string[] _sortedCanonical;
    private readonly string _text;

    internal FeatureBundle(FeatureSyntax syntax, IReadOnlyList<FeatureNode> elements)
    {
        Syntax = syntax;
        Elements = elements;
        _sortedCanonical = elements.Select(e => e.Canonical).Order(StringComparer.Ordinal).ToArray();
        // With several part-of-speech values (real kurmanji data has V;V.PTCP), the ordinal-first one is the part of
        // speech, so that equal bundles agree on it whatever their written order.
        PartOfSpeech = elements.Select(PartOfSpeechOf).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault();
        _text = Format(syntax, elements);
    }

    /// <summary>
    /// How deep <c>{…}</c> groups and layered <c>NAME(…)</c> arguments may nest; real UniMorph 2023 bundles nest two or
    /// three levels (<c>NOM(PSS(1))</c>). Deeper bundles are rejected as bad syntax, naming the column and this limit.
    /// </summary>
    public const int MaxNestingDepth = 64;

    /// <summary>The spelling the bundle was written in.</summary>
    public FeatureSyntax Syntax { get; }

    /// <summary>The top-level features in written order.</summary>
    public IReadOnlyList<FeatureNode> Elements { get; }

    /// <summary>The part of speech (<c>V</c>, <c>N</c>, <c>V.PTCP</c>, …), or null when the bundle has none.</summary>
    public string? PartOfSpeech { get; }

    /// <summary>Parses a bundle; throws <see cref="FormatException"/> naming the column on bad syntax.</summary>
    public static FeatureBundle Parse(string text) =>
        TryParse(text, out var bundle, out var error) ? bundle : throw new FormatException(error);

    /// <summary>Parses a bundle; on failure returns false and a message naming the column and what was expected.</summary>
    public static bool TryParse(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FeatureBundle? bundle, out string? error)
    {
        bundle = FeatureBundleParser.TryParse(text, out error);
        return bundle is not null;
    }

    /// <summary>
    /// Flat atoms for feature extraction: plain values as written (<c>PST</c>), 2016 items as <c>key=value</c>, and for a
    /// layered feature its name plus each argument wrapped by it (<c>NOM(PL;PSS(1,PL))</c> gives <c>NOM</c>,
    /// <c>NOM(PL)</c>, <c>NOM(PSS)</c>, <c>NOM(PSS(1))</c>, <c>NOM(PSS(PL))</c>).
    /// </summary>
    public IEnumerable<string> Atoms() => Elements.SelectMany(e => e.Atoms(a => a));

    /// <summary>The bundle exactly as it was written.</summary>
    public override string ToString() => _text;

    private static string Format(FeatureSyntax syntax, IReadOnlyList<FeatureNode> elements)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < elements.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(syntax == FeatureSyntax.KeyValue ? ',' : ';');
            }
            elements[i].WriteTo(builder);
        }
        return builder.ToString();
    }

    /// <summary>The canonical spelling: part of speech first, then the other features in ordinal order, no padding.</summary>
    public string ToCanonicalString()
    {
        var ordered = _sortedCanonical.ToList();
        if (Elements.Where(e => PartOfSpeechOf(e) is not null).Select(e => e.Canonical).Order(StringComparer.Ordinal).FirstOrDefault() is { } pos)
        {
            ordered.Remove(pos);
            ordered.Insert(0, pos);
        }
        return string.Join(Syntax == FeatureSyntax.KeyValue ? ',' : ';', ordered);
    }

    /// <summary>True when both bundles have the same features regardless of order (and padding).</summary>
    public bool Equals(FeatureBundle? other) =>
        other is not null && Syntax == other.Syntax && _sortedCanonical.SequenceEqual(other._sortedCanonical, StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FeatureBundle);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var feature in _sortedCanonical)
        {
            hash.Add(feature, StringComparer.Ordinal);
        }
        return hash.ToHashCode();
    }

    private static string? PartOfSpeechOf(FeatureNode element) => element switch
    {
        PaddedFeature padded => PartOfSpeechOf(padded.Inner),
        FeatureAtom atom when UniMorphSchema.IsPartOfSpeech(atom.Name) => atom.Name,
        KeyValueFeature { Key: "pos" } keyValue => keyValue.Value.Canonical,
        _ => null,
    };
}
