namespace LangExpand.Core.Languages;

/// <summary>What an ISO 639-3 code stands for: one language, a macrolanguage grouping several, or a special code.</summary>
public enum LanguageScope
{
    /// <summary>An individual language (ISO 639-3 scope <c>I</c>).</summary>
    Individual,

    /// <summary>A macrolanguage such as Arabic (<c>ara</c>) or Quechua (<c>que</c>) (scope <c>M</c>).</summary>
    Macrolanguage,

    /// <summary>A special code such as <c>und</c> (undetermined) or <c>mul</c> (multiple languages) (scope <c>S</c>).</summary>
    Special,
}
