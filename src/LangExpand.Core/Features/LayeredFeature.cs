using System.Text;

namespace LangExpand.Core.Features;

/// <summary>
/// A UniMorph 4 layered feature such as <c>ACC(2,SG)</c> or <c>NOM(PL;PSS(1,PL))</c>: a name with arguments that are
/// themselves features, separated by <c>,</c> or <c>;</c>.
/// </summary>
public sealed class LayeredFeature : FeatureNode
{
    /// <summary>Creates a layered feature; <paramref name="separators"/> has one character per gap between arguments.</summary>
    public LayeredFeature(string name, IReadOnlyList<FeatureNode> arguments, string separators)
    {
        if (arguments.Count == 0 || separators.Length != arguments.Count - 1)
        {
            throw new ArgumentException("A layered feature needs at least one argument and one separator per gap.");
        }
        Name = name;
        Arguments = arguments;
        Separators = separators;
    }

    /// <summary>The layer's name, for example <c>ACC</c> or <c>PSS</c>.</summary>
    public string Name { get; }

    /// <summary>The arguments in written order.</summary>
    public IReadOnlyList<FeatureNode> Arguments { get; }

    /// <summary>The separator written before each argument after the first (<c>,</c> or <c>;</c>).</summary>
    public string Separators { get; }

    /// <inheritdoc />
    public override string Canonical =>
        $"{Name}({string.Join(Separators[..Math.Min(1, Separators.Length)], Arguments.Select(a => a.Canonical).Order(StringComparer.Ordinal))})";

    /// <inheritdoc />
    public override void WriteTo(StringBuilder builder)
    {
        builder.Append(Name).Append('(');
        for (var i = 0; i < Arguments.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(Separators[i - 1]);
            }
            Arguments[i].WriteTo(builder);
        }
        builder.Append(')');
    }

    internal override IEnumerable<string> Atoms(Func<string, string> scope)
    {
        var inner = scope(Name);
        yield return inner;
        foreach (var argument in Arguments)
        {
            foreach (var atom in argument.Atoms(a => scope($"{Name}({a})")))
            {
                yield return atom;
            }
        }
    }
}

/// <summary>A SIGMORPHON 2016 <c>key=value</c> feature such as <c>pos=V</c> or <c>num={DU/PL}</c>.</summary>
/// <param name="key">The attribute, for example <c>tense</c>.</param>
/// <param name="value">The attribute's value.</param>
public sealed class KeyValueFeature(string key, FeatureNode value) : FeatureNode
{
    /// <summary>The attribute, for example <c>tense</c>.</summary>
    public string Key { get; } = key;

    /// <summary>The attribute's value.</summary>
    public FeatureNode Value { get; } = value;

    /// <inheritdoc />
    public override string Canonical => $"{Key}={Value.Canonical}";

    /// <inheritdoc />
    public override void WriteTo(StringBuilder builder)
    {
        builder.Append(Key).Append('=');
        Value.WriteTo(builder);
    }

    internal override IEnumerable<string> Atoms(Func<string, string> scope) => [scope(Canonical)];
}

/// <summary>A top-level feature written with surrounding whitespace (as in a real CoNLL 2017 line <c>ADJ;ABL; PL</c>).</summary>
/// <param name="leading">Whitespace before the feature.</param>
/// <param name="inner">The feature.</param>
/// <param name="trailing">Whitespace after the feature.</param>
public sealed class PaddedFeature(string leading, FeatureNode inner, string trailing) : FeatureNode
{
    /// <summary>The feature without its padding.</summary>
    public FeatureNode Inner { get; } = inner;

    /// <inheritdoc />
    public override string Canonical => Inner.Canonical;

    /// <inheritdoc />
    public override void WriteTo(StringBuilder builder)
    {
        builder.Append(leading);
        Inner.WriteTo(builder);
        builder.Append(trailing);
    }

    internal override IEnumerable<string> Atoms(Func<string, string> scope) => Inner.Atoms(scope);
}
