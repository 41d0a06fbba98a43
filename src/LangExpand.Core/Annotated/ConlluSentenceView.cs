namespace LangExpand.Core.Annotated;

/// <summary>
/// One CoNLL-U sentence held in a reusable buffer, for streaming large files without a string per line: comments and
/// token lines are spans over one block of text in which every line ends with <c>\n</c>, so that a run of lines can be
/// copied out at once. <see cref="ConlluReader.ReadViews"/> fills the same instance for each sentence; a span read
/// from it is valid until the reader moves on. <see cref="ToSentence"/> makes a <see cref="ConlluSentence"/> that keeps.
/// </summary>
public sealed class ConlluSentenceView
{
    private char[] _text = new char[8192];
    private int _length;
    private (int Start, int Length)[] _comments = new (int, int)[8];
    private LineSlot[] _lines = new LineSlot[64];

    /// <summary>1-based line number of the sentence's first line in its source.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Comment lines.</summary>
    public int CommentCount { get; private set; }

    /// <summary>Token lines (words, multiword tokens and empty nodes).</summary>
    public int Count { get; private set; }

    /// <summary>Comment <paramref name="index"/> as written, starting with <c>#</c>.</summary>
    public ReadOnlySpan<char> Comment(int index) => _text.AsSpan(_comments[index].Start, _comments[index].Length);

    /// <summary>Token line <paramref name="index"/> without its terminator.</summary>
    public ReadOnlySpan<char> Line(int index) => _text.AsSpan(_lines[index].Start, _lines[index].Length);

    /// <summary>The kind of token line <paramref name="index"/>.</summary>
    public ConlluLineKind Kind(int index) => _lines[index].Kind;

    /// <summary>Column <paramref name="column"/> (0-based) of token line <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> Column(int index, int column)
    {
        ref readonly var line = ref _lines[index];
        var start = line.Starts[column];
        var end = column + 1 < ConlluLine.ColumnCount ? line.Starts[column + 1] - 1 : line.Length;
        return _text.AsSpan(line.Start + start, end - start);
    }

    /// <summary>Columns <paramref name="first"/> to <paramref name="last"/> of token line <paramref name="index"/>, with the tabs between them.</summary>
    public ReadOnlySpan<char> Columns(int index, int first, int last)
    {
        ref readonly var line = ref _lines[index];
        var end = last + 1 < ConlluLine.ColumnCount ? line.Starts[last + 1] - 1 : line.Length;
        return _text.AsSpan(line.Start + line.Starts[first], end - line.Starts[first]);
    }

    /// <summary>Token lines <paramref name="start"/>..<paramref name="start"/>+<paramref name="count"/>-1, each followed by <c>\n</c>.</summary>
    public ReadOnlySpan<char> Lines(int start, int count) => count == 0
        ? default
        : _text.AsSpan(_lines[start].Start, _lines[start + count - 1].Start + _lines[start + count - 1].Length + 1 - _lines[start].Start);

    /// <summary>A copy that does not depend on this buffer.</summary>
    public ConlluSentence ToSentence()
    {
        var comments = new string[CommentCount];
        for (var i = 0; i < comments.Length; i++)
        {
            comments[i] = Comment(i).ToString();
        }
        var lines = new ConlluLine[Count];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = new ConlluLine(Line(i).ToString(), _lines[i].Starts, _lines[i].Kind);
        }
        return new ConlluSentence(comments, lines, LineNumber);
    }

    /// <summary>Empties the buffer for the next sentence.</summary>
    internal void Clear() => (_length, CommentCount, Count, LineNumber) = (0, 0, 0, 0);

    /// <summary>Records the source line number of the sentence's first line, once.</summary>
    internal void Begin(int lineNumber) => LineNumber = LineNumber == 0 ? lineNumber : LineNumber;

    /// <summary>Adds a comment line.</summary>
    internal void AddComment(ReadOnlySpan<char> text)
    {
        if (CommentCount == _comments.Length)
        {
            Array.Resize(ref _comments, _comments.Length * 2);
        }
        _comments[CommentCount++] = (Append(text), text.Length);
    }

    /// <summary>Adds a token line; false (and nothing added) when it does not have ten columns.</summary>
    internal bool TryAddLine(ReadOnlySpan<char> text)
    {
        if (!ConlluColumns.TrySplit(text, out var starts, out var kind))
        {
            return false;
        }
        if (Count == _lines.Length)
        {
            Array.Resize(ref _lines, _lines.Length * 2);
        }
        _lines[Count++] = new LineSlot(Append(text), text.Length, kind, starts);
        return true;
    }

    /// <summary>Appends <paramref name="text"/> and a line feed; returns where the text starts.</summary>
    private int Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length + 1 > _text.Length)
        {
            Array.Resize(ref _text, Math.Max(_text.Length * 2, _length + text.Length + 1));
        }
        var start = _length;
        text.CopyTo(_text.AsSpan(start));
        _text[start + text.Length] = '\n';
        _length += text.Length + 1;
        return start;
    }

    private readonly record struct LineSlot(int Start, int Length, ConlluLineKind Kind, ConlluColumnStarts Starts);
}
