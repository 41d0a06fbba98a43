using LangExpand.Core.Annotated;
using LangExpand.Core.Features;

namespace LangExpand.Synthesis.Substitution;

/// <summary>
/// A source-language token as substitution sees it: its form and, where the input or an analyser gives them, its lemma
/// and grammatical features — as UD (UPOS + FEATS, from CoNLL-U) or as a UniMorph bundle (from a source analyser).
/// </summary>
/// <param name="Form">The token as written.</param>
/// <param name="Lemma">Its lemma, or null when unknown.</param>
/// <param name="Upos">Its universal part of speech, or null when unknown.</param>
/// <param name="Feats">Its UD features, or null.</param>
/// <param name="Analysis">Its UniMorph analysis (from a source paradigm table), or null.</param>
public readonly record struct SourceToken(string Form, string? Lemma = null, string? Upos = null, UdFeatures? Feats = null, FeatureBundle? Analysis = null)
{
    /// <summary>True when the form has a letter: only such tokens count as words for coverage.</summary>
    public bool IsWord
    {
        get
        {
            foreach (var c in Form)
            {
                if (char.IsLetter(c))
                {
                    return true;
                }
            }
            return false;
        }
    }
}
