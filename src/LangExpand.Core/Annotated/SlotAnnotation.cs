using System.Text;

namespace LangExpand.Core.Annotated;

/// <summary>A piece of an annotated utterance: plain text, or a slot value with its slot name.</summary>
/// <param name="Text">The text (the slot's value for a slot).</param>
/// <param name="Slot">The slot name, or null for plain text.</param>
public sealed record UtteranceSegment(string Text, string? Slot = null);

/// <summary>
/// MASSIVE-style inline slot annotation: <c>wake me up at [time : five am]</c>. Parses into segments and formats back
/// exactly (a slot is written <c>[name : value]</c>).
/// </summary>
public static class SlotAnnotation
{
    /// <summary>Splits <paramref name="annotated"/> into segments; on malformed text returns null and says why.</summary>
    public static IReadOnlyList<UtteranceSegment>? TryParse(string annotated, out string? error)
    {
        var segments = new List<UtteranceSegment>();
        var position = 0;
        error = null;
        while (position < annotated.Length)
        {
            var open = annotated.IndexOf('[', position);
            var stray = annotated.IndexOf(']', position);
            if (stray >= 0 && (open < 0 || stray < open))
            {
                error = $"']' without '[' at character {stray + 1}";
                return null;
            }
            if (open < 0)
            {
                segments.Add(new UtteranceSegment(annotated[position..]));
                break;
            }
            if (open > position)
            {
                segments.Add(new UtteranceSegment(annotated[position..open]));
            }
            var close = annotated.IndexOf(']', open);
            var separator = annotated.IndexOf(" : ", open, StringComparison.Ordinal);
            if (close < 0 || annotated.IndexOf('[', open + 1, close - open - 1) >= 0 || separator < 0 || separator > close)
            {
                error = $"slot at character {open + 1} is not '[name : value]'";
                return null;
            }
            segments.Add(new UtteranceSegment(annotated[(separator + 3)..close], annotated[(open + 1)..separator]));
            position = close + 1;
        }
        return segments;
    }

    /// <summary>Writes segments back as an annotated utterance.</summary>
    public static string Format(IEnumerable<UtteranceSegment> segments)
    {
        var text = new StringBuilder();
        foreach (var segment in segments)
        {
            text.Append(segment.Slot is null ? segment.Text : $"[{segment.Slot} : {segment.Text}]");
        }
        return text.ToString();
    }

    /// <summary>The plain utterance: segments' text joined, slot markup removed.</summary>
    public static string PlainText(IEnumerable<UtteranceSegment> segments) => string.Concat(segments.Select(s => s.Text));
}
