using System.Text;

namespace LangExpand.Morphology.Classifier;

/// <summary>
/// A stem-agnostic transformation from a lemma to a form: an edit tree as in spaCy's edit-tree lemmatizer (Müller et al.
/// 2015), here turning lemmas into inflected forms. A <see cref="MatchNode"/> splits its text into a prefix and a suffix of
/// fixed lengths around a middle that is copied; a <see cref="SubstitutionNode"/> replaces an exact string. Build one with
/// <see cref="EditTreeBuilder"/>. Trees compare by structure, so equal transformations are one class.
/// </summary>
public abstract record EditTree
{
    /// <summary>The tree applied to <paramref name="lemma"/>, or null when it does not apply.</summary>
    public string? Apply(string lemma)
    {
        var output = new StringBuilder(lemma.Length + 8);
        return TryApply(lemma, output) ? output.ToString() : null;
    }

    /// <summary>True when the tree applies to <paramref name="lemma"/> (what <see cref="Apply"/> checks, without building the form).</summary>
    public abstract bool AppliesTo(ReadOnlySpan<char> lemma);

    /// <summary>Appends the rewritten <paramref name="text"/> to <paramref name="output"/>; false (output then undefined) when the tree does not apply.</summary>
    internal abstract bool TryApply(ReadOnlySpan<char> text, StringBuilder output);
}

/// <summary>
/// Keeps the middle of a text: the first <see cref="PrefixLength"/> characters are rewritten by <see cref="Prefix"/>, the
/// last <see cref="SuffixLength"/> by <see cref="Suffix"/>, and the rest is copied. A null subtree stands for an empty
/// side that stays empty. Applies to texts at least <c>PrefixLength + SuffixLength</c> long whose sides the subtrees accept.
/// </summary>
/// <param name="PrefixLength">Characters (UTF-16 units) before the copied middle.</param>
/// <param name="SuffixLength">Characters after the copied middle.</param>
/// <param name="Prefix">Rewrites the prefix; null when the prefix is empty in lemma and form.</param>
/// <param name="Suffix">Rewrites the suffix; null when the suffix is empty in lemma and form.</param>
public sealed record MatchNode(int PrefixLength, int SuffixLength, EditTree? Prefix, EditTree? Suffix) : EditTree
{
    /// <inheritdoc />
    public override bool AppliesTo(ReadOnlySpan<char> lemma) =>
        lemma.Length >= PrefixLength + SuffixLength
        && (Prefix?.AppliesTo(lemma[..PrefixLength]) ?? true)
        && (Suffix?.AppliesTo(lemma[(lemma.Length - SuffixLength)..]) ?? true);

    internal override bool TryApply(ReadOnlySpan<char> text, StringBuilder output)
    {
        if (text.Length < PrefixLength + SuffixLength || (Prefix is not null && !Prefix.TryApply(text[..PrefixLength], output)))
        {
            return false;
        }
        output.Append(text[PrefixLength..(text.Length - SuffixLength)]);
        return Suffix is null || Suffix.TryApply(text[(text.Length - SuffixLength)..], output);
    }

    /// <summary>A compact spelling: <c>M(prefix length, suffix length, prefix tree, suffix tree)</c>, <c>_</c> for no subtree.</summary>
    public override string ToString() => $"M({PrefixLength},{SuffixLength},{Prefix?.ToString() ?? "_"},{Suffix?.ToString() ?? "_"})";
}

/// <summary>Replaces the text <see cref="From"/>, and nothing else, by <see cref="To"/>.</summary>
/// <param name="From">The exact text the node applies to.</param>
/// <param name="To">Its replacement.</param>
public sealed record SubstitutionNode(string From, string To) : EditTree
{
    /// <inheritdoc />
    public override bool AppliesTo(ReadOnlySpan<char> lemma) => lemma.SequenceEqual(From);

    internal override bool TryApply(ReadOnlySpan<char> text, StringBuilder output)
    {
        if (!text.SequenceEqual(From))
        {
            return false;
        }
        output.Append(To);
        return true;
    }

    /// <summary>A compact spelling: <c>"from"→"to"</c>.</summary>
    public override string ToString() => $"\"{From}\"→\"{To}\"";
}
