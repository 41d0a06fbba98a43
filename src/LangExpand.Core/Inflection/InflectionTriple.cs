using LangExpand.Core.Features;

namespace LangExpand.Core.Inflection;

/// <summary>One inflection example: a lemma, a feature bundle, and the inflected form (null when unknown, as in covered test files).</summary>
/// <param name="Lemma">The citation form, kept exactly (spaces and Unicode untouched).</param>
/// <param name="Features">The morphological features of the form.</param>
/// <param name="Form">The inflected form, or null when the data does not give it.</param>
public sealed record InflectionTriple(string Lemma, FeatureBundle Features, string? Form)
{
    /// <summary>The (lemma, features) key used by scoring, with features as written.</summary>
    public (string Lemma, string Features) Key => (Lemma, Features.ToString());
}
