using System.Globalization;
using System.Text;

namespace LangExpand.Synthesis.Substitution;

/// <summary>
/// Running text split into tokens and the gaps around them, so that it can be rebuilt exactly: a token is a run of
/// letters, digits and combining marks (an apostrophe between two such characters stays inside, as in <c>don't</c>) or a
/// single other non-space character; gaps are the whitespace between tokens. <see cref="Gaps"/> has one more entry
/// than <see cref="Tokens"/>: the text before the first token, between tokens, and after the last.
/// </summary>
public sealed class SegmentedText
{
    private SegmentedText(IReadOnlyList<string> tokens, IReadOnlyList<string> gaps) => (Tokens, Gaps) = (tokens, gaps);

    /// <summary>The tokens, in order.</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>The whitespace around the tokens (<c>Tokens.Count + 1</c> entries, possibly empty).</summary>
    public IReadOnlyList<string> Gaps { get; }

    /// <summary>Splits <paramref name="text"/>.</summary>
    public static SegmentedText Of(string text)
    {
        var tokens = new List<string>();
        var gaps = new List<string>();
        var at = 0;
        while (true)
        {
            var gapEnd = at;
            while (gapEnd < text.Length && Rune.GetRuneAt(text, gapEnd) is var rune && Rune.IsWhiteSpace(rune))
            {
                gapEnd += rune.Utf16SequenceLength;
            }
            gaps.Add(text[at..gapEnd]);
            if (gapEnd == text.Length)
            {
                return new SegmentedText(tokens, gaps);
            }
            var tokenEnd = TokenEnd(text, gapEnd);
            tokens.Add(text[gapEnd..tokenEnd]);
            at = tokenEnd;
        }
    }

    /// <summary>
    /// The text with each span of tokens replaced (spans in order, not overlapping): the gap before a span and the gap
    /// after it stay, the tokens and gaps inside it give way to the replacement text.
    /// </summary>
    public string With(IEnumerable<(int Start, int Length, string Text)> replacements)
    {
        var text = new StringBuilder();
        var next = 0;
        foreach (var (start, length, replacement) in replacements)
        {
            Append(text, next, start);
            text.Append(Gaps[start]).Append(replacement);
            next = start + length;
        }
        Append(text, next, Tokens.Count);
        return text.Append(Gaps[Tokens.Count]).ToString();
    }

    private void Append(StringBuilder text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            text.Append(Gaps[i]).Append(Tokens[i]);
        }
    }

    private static int TokenEnd(string text, int start)
    {
        var first = Rune.GetRuneAt(text, start);
        if (!IsWordRune(first))
        {
            return start + first.Utf16SequenceLength;
        }
        var end = start + first.Utf16SequenceLength;
        while (end < text.Length)
        {
            var rune = Rune.GetRuneAt(text, end);
            if (IsWordRune(rune))
            {
                end += rune.Utf16SequenceLength;
            }
            else if (rune.Value is '\'' or '\u2019' && end + 1 < text.Length && IsWordRune(Rune.GetRuneAt(text, end + 1)))
            {
                end += 1;
            }
            else
            {
                break;
            }
        }
        return end;
    }

    private static bool IsWordRune(Rune rune) => Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
