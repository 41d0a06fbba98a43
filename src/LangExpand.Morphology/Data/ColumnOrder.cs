namespace LangExpand.Morphology.Data;

/// <summary>Where the inflected form sits in a three-column line.</summary>
public enum ColumnOrder
{
    /// <summary><c>lemma form features</c>: UniMorph files and SIGMORPHON 2017–2022.</summary>
    LemmaFormFeatures,

    /// <summary><c>lemma features form</c>: SIGMORPHON 2016 task 1 and 2023.</summary>
    LemmaFeaturesForm,
}
