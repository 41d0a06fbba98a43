using LangExpand.Core.Features;

namespace LangExpand.Morphology;

/// <summary>Produces the inflected form of a lemma for a feature bundle. Implementations are safe to call from several threads.</summary>
public interface IInflector
{
    /// <summary>The inflected form of <paramref name="lemma"/> carrying <paramref name="features"/>.</summary>
    string Inflect(string lemma, FeatureBundle features);
}
