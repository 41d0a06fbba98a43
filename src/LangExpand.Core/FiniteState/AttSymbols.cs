using System.Text;

namespace LangExpand.Core.FiniteState;

/// <summary>
/// The symbols of lttoolbox-style transducers: single characters (Unicode scalars) and multi-character symbols written in
/// angle brackets, such as the tag <c>&lt;n&gt;</c>.
/// </summary>
public static class AttSymbols
{
    /// <summary>True for a multi-character symbol in angle brackets, such as <c>&lt;vblex&gt;</c>.</summary>
    public static bool IsTag(string symbol) =>
        symbol.Length > 2 && symbol[0] == '<' && symbol[^1] == '>' && symbol.AsSpan(1, symbol.Length - 2).IndexOfAny('<', '>') < 0;

    /// <summary>Splits text such as <c>casa&lt;n&gt;&lt;f&gt;</c> into symbols: tags and single characters (Unicode scalars).</summary>
    public static IEnumerable<string> Split(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            var close = text[i] == '<' ? text.IndexOf('>', i + 1) : -1;
            var length = close > i + 1 && text.IndexOf('<', i + 1, close - i - 1) < 0 ? close - i + 1
                : Rune.DecodeFromUtf16(text.AsSpan(i), out _, out var consumed) == System.Buffers.OperationStatus.Done ? consumed : 1;
            yield return text.Substring(i, length);
            i += length;
        }
    }
}
