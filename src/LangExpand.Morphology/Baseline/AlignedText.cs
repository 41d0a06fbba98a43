using System.Text;

namespace LangExpand.Morphology.Baseline;

/// <summary>
/// The text of one side of an alignment (gaps removed) between a fixed head and tail, with the text offset of every
/// aligned position, so that the rule sides "from position i" and "before position i" are plain substrings.
/// </summary>
internal sealed class AlignedText
{
    private readonly string _text;
    private readonly int[] _offsets;

    /// <summary>Builds <paramref name="head"/> + <paramref name="aligned"/> without gaps + <paramref name="tail"/>.</summary>
    public AlignedText(string head, ReadOnlySpan<int> aligned, string tail)
    {
        var builder = new StringBuilder(head, head.Length + aligned.Length + tail.Length);
        _offsets = new int[aligned.Length + (tail.Length > 0 ? 2 : 1)];
        for (var i = 0; i < aligned.Length; i++)
        {
            _offsets[i] = builder.Length;
            CodePoints.Append(builder, aligned[i]);
        }
        _offsets[aligned.Length] = builder.Length;
        if (tail.Length > 0)
        {
            _offsets[^1] = builder.Append(tail).Length;
        }
        _text = builder.ToString();
    }

    /// <summary>The number of positions: the aligned ones plus one for a non-empty tail.</summary>
    public int Length => _offsets.Length - 1;

    /// <summary>The text from aligned position <paramref name="position"/> to the end, tail included.</summary>
    public ReadOnlySpan<char> From(int position) => _text.AsSpan(_offsets[position]);

    /// <summary>The head and the text of the aligned positions before <paramref name="position"/>.</summary>
    public ReadOnlySpan<char> Before(int position) => _text.AsSpan(0, _offsets[position]);
}
