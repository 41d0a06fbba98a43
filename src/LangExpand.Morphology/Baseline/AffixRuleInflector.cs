using LangExpand.Core.Features;

namespace LangExpand.Morphology.Baseline;

/// <summary>
/// The SIGMORPHON non-neural baseline as an <see cref="IInflector"/>: per complete feature string, the longest
/// applicable suffix rule and then the most frequent applicable prefix rule rewrite <c>&lt;lemma&gt;</c>; an unseen
/// feature string copies the lemma. For predominantly prefixing languages all strings are reversed, so prefixes are
/// handled as suffixes. Train it with <see cref="AffixRuleTrainer"/>; save and load it with <see cref="AffixRuleSerialization"/>.
/// </summary>
/// <param name="reversed">True when the language was found to be predominantly prefixing.</param>
/// <param name="tables">Rules per feature string, exactly as written in the training data.</param>
public sealed class AffixRuleInflector(bool reversed, IReadOnlyDictionary<string, AffixRuleTable> tables) : IInflector
{
    /// <summary>True when strings are reversed (the language is predominantly prefixing).</summary>
    public bool Reversed { get; } = reversed;

    /// <summary>Rules per feature string as written, in first-seen order.</summary>
    public IReadOnlyDictionary<string, AffixRuleTable> Tables { get; } = tables;

    /// <inheritdoc />
    public string Inflect(string lemma, FeatureBundle features)
    {
        if (!Tables.TryGetValue(features.ToString(), out var table))
        {
            return lemma;
        }
        var oriented = Reversed ? CodePoints.Reverse(lemma) : lemma;
        var rewritten = table.Apply("<" + oriented + ">");
        var form = rewritten[1..^1];
        return Reversed ? CodePoints.Reverse(form) : form;
    }
}
