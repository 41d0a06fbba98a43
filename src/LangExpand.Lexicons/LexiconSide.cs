namespace LangExpand.Lexicons;

/// <summary>
/// One side of a bilingual lexicon entry: the written text (a word or a multiword expression, kept exactly), and
/// optionally its part of speech and further tags as the resource gives them (Apertium <c>n</c>, <c>f</c>; Wiktionary
/// <c>noun</c>, <c>masculine</c>). Sides compare by value, tags in order.
/// </summary>
public sealed class LexiconSide : IEquatable<LexiconSide>
{
    /// <summary>Creates a side; the text must be non-empty, and no field may hold a tab or line break (tags no <c>;</c> either).</summary>
    /// <exception cref="ArgumentException">A field breaks the rules of <see cref="LexiconText.Problem"/>.</exception>
    public LexiconSide(string text, string? pos = null, IEnumerable<string>? tags = null)
    {
        Text = text;
        Pos = string.IsNullOrEmpty(pos) ? null : pos;
        Tags = tags?.ToArray() ?? [];
        if (LexiconText.Problem(Text, Pos, Tags) is { } problem)
        {
            throw new ArgumentException(problem);
        }
    }

    /// <summary>The written form, for example <c>etxe</c> or <c>town hall</c>.</summary>
    public string Text { get; }

    /// <summary>The part of speech in the resource's own labels (<c>n</c>, <c>vblex</c>, <c>noun</c>, <c>NOUN</c>), or null.</summary>
    public string? Pos { get; }

    /// <summary>Further tags in order (gender, number, usage labels); empty when there are none.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>
    /// The side of an Apertium-style analysis whose first tag is the part of speech: text <c>casa</c> with tags
    /// <c>n, f</c> gives part of speech <c>n</c> and tags <c>f</c>.
    /// </summary>
    public static LexiconSide FromTagged(string text, IReadOnlyList<string> tags) =>
        new(text, tags.Count > 0 ? tags[0] : null, tags.Skip(1));

    /// <inheritdoc />
    public bool Equals(LexiconSide? other) =>
        other is not null && Text == other.Text && Pos == other.Pos && Tags.SequenceEqual(other.Tags, StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LexiconSide);

    /// <summary>True when both sides are equal by value (or both null).</summary>
    public static bool operator ==(LexiconSide? left, LexiconSide? right) => left?.Equals(right) ?? right is null;

    /// <summary>True when the sides differ.</summary>
    public static bool operator !=(LexiconSide? left, LexiconSide? right) => !(left == right);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Text, Pos, Tags.Count);

    /// <summary>The text followed by the part of speech and tags in angle brackets, Apertium style: <c>casa&lt;n&gt;&lt;f&gt;</c>.</summary>
    public override string ToString() => Text + string.Concat(new[] { Pos }.Concat(Tags).OfType<string>().Select(tag => $"<{tag}>"));
}
