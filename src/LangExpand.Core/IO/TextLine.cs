namespace LangExpand.Core.IO;

/// <summary>One line of a text input.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Text">The line without its terminator (and without a trailing carriage return).</param>
/// <param name="Terminator"><c>"\n"</c>, <c>"\r\n"</c>, or empty for a last line without one.</param>
public readonly record struct TextLine(int Number, string Text, string Terminator);
