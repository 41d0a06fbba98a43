namespace LangExpand.Core.Languages;

/// <summary>The ISO 639-3 language type of an individual language or macrolanguage.</summary>
public enum LanguageType
{
    /// <summary>A living language (type <c>L</c>).</summary>
    Living,

    /// <summary>A language that became extinct in recent times (type <c>E</c>).</summary>
    Extinct,

    /// <summary>An ancient language, extinct since ancient times (type <c>A</c>), such as Sanskrit.</summary>
    Ancient,

    /// <summary>A historical stage of a language (type <c>H</c>), such as Ancient Greek or Old Irish.</summary>
    Historical,

    /// <summary>A constructed language (type <c>C</c>), such as Esperanto.</summary>
    Constructed,

    /// <summary>A special code (type <c>S</c>), such as <c>und</c>.</summary>
    Special,
}
