namespace LangExpand.Morphology.Apertium;

/// <summary>One analysis from an Apertium transducer or an <c>lt-expand</c> listing.</summary>
/// <param name="Form">The surface form, for example <c>hablo</c>.</param>
/// <param name="Lexical">The lemma followed by tags, Apertium style: <c>hablar&lt;vblex&gt;&lt;pri&gt;&lt;p1&gt;&lt;sg&gt;</c>.</param>
public readonly record struct ApertiumAnalysis(string Form, string Lexical);
