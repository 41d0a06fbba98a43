using System.Text;

namespace LangExpand.Core.Features;

/// <summary>
/// One node of a parsed feature bundle. Nodes keep the exact text they were parsed from (see <see cref="WriteTo"/>)
/// and also have a <see cref="Canonical"/> spelling used for order-insensitive comparison.
/// </summary>
public abstract class FeatureNode
{
    /// <summary>The spelling used for comparison: argument lists and disjunctions sorted, padding dropped.</summary>
    public abstract string Canonical { get; }

    /// <summary>Appends the node exactly as it was written in the input.</summary>
    public abstract void WriteTo(StringBuilder builder);

    /// <summary>Flat atoms for feature extraction; <paramref name="scope"/> wraps each atom of a layered argument.</summary>
    internal abstract IEnumerable<string> Atoms(Func<string, string> scope);

    /// <summary>The node exactly as written.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        WriteTo(builder);
        return builder.ToString();
    }
}

/// <summary>A plain feature value such as <c>PST</c>, <c>V.PTCP</c>, <c>LGSPEC1</c> or <c>3</c>.</summary>
/// <param name="name">The value's text.</param>
public sealed class FeatureAtom(string name) : FeatureNode
{
    /// <summary>The value's text.</summary>
    public string Name { get; } = name;

    /// <inheritdoc />
    public override string Canonical => Name;

    /// <inheritdoc />
    public override void WriteTo(StringBuilder builder) => builder.Append(Name);

    internal override IEnumerable<string> Atoms(Func<string, string> scope) => [scope(Name)];
}

/// <summary>
/// Values joined by an operator: <c>+</c> (a composite value such as <c>IN+ALL</c> or <c>ARGNO2S+ARGAC3SF</c>, order kept)
/// or <c>/</c> (a disjunction such as <c>PFV/PRF</c>, order-insensitive).
/// </summary>
/// <param name="operator">The joining operator, <c>+</c> or <c>/</c>.</param>
/// <param name="parts">The joined values, in written order.</param>
public sealed class FeatureCombination(char @operator, IReadOnlyList<FeatureNode> parts) : FeatureNode
{
    /// <summary>The joining operator, <c>+</c> or <c>/</c>.</summary>
    public char Operator { get; } = @operator;

    /// <summary>The joined values, in written order.</summary>
    public IReadOnlyList<FeatureNode> Parts { get; } = parts;

    /// <inheritdoc />
    public override string Canonical
    {
        get
        {
            var canonical = Parts.Select(p => p.Canonical);
            return string.Join(Operator, Operator == '/' ? canonical.Order(StringComparer.Ordinal) : canonical);
        }
    }

    /// <inheritdoc />
    public override void WriteTo(StringBuilder builder)
    {
        for (var i = 0; i < Parts.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(Operator);
            }
            Parts[i].WriteTo(builder);
        }
    }

    internal override IEnumerable<string> Atoms(Func<string, string> scope) => [scope(Canonical)];
}

/// <summary>A braced value: <c>{DU/PL}</c> (SIGMORPHON 2016) or a negation <c>non{PRS}</c>.</summary>
/// <param name="prefix">Text before the opening brace: empty, or <c>non</c>.</param>
/// <param name="inner">The braced value.</param>
public sealed class FeatureGroup(string prefix, FeatureNode inner) : FeatureNode
{
    /// <summary>Text before the opening brace: empty, or <c>non</c> for a negation.</summary>
    public string Prefix { get; } = prefix;

    /// <summary>The braced value.</summary>
    public FeatureNode Inner { get; } = inner;

    /// <summary>True for <c>non{…}</c>.</summary>
    public bool IsNegation => Prefix == "non";

    /// <inheritdoc />
    public override string Canonical => $"{Prefix}{{{Inner.Canonical}}}";

    /// <inheritdoc />
    public override void WriteTo(StringBuilder builder)
    {
        builder.Append(Prefix).Append('{');
        Inner.WriteTo(builder);
        builder.Append('}');
    }

    internal override IEnumerable<string> Atoms(Func<string, string> scope) => [scope(Canonical)];
}
