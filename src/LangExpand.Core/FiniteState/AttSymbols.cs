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
            var length = TagEnd(text, i) is var close and >= 0 ? close - i + 1
                : Rune.DecodeFromUtf16(text.AsSpan(i), out _, out var consumed) == System.Buffers.OperationStatus.Done ? consumed : 1;
            yield return text.Substring(i, length);
            i += length;
        }
    }

    /// <summary>The index of the <c>&gt;</c> that closes a tag starting at <paramref name="start"/>, or -1 when no tag starts there.</summary>
    public static int TagEnd(string text, int start)
    {
        if (text[start] != '<')
        {
            return -1;
        }
        var close = text.IndexOf('>', start + 1);
        return close > start + 1 && text.IndexOf('<', start + 1, close - start - 1) < 0 ? close : -1;
    }
}
