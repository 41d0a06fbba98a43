namespace LangExpand.Core.Annotated;

/// <summary>The kind of a CoNLL-U token line, from its ID column.</summary>
public enum ConlluLineKind
{
    /// <summary>A syntactic word (<c>ID</c> is an integer).</summary>
    Word,

    /// <summary>A multiword token spanning words (<c>ID</c> is a range such as <c>1-2</c>).</summary>
    MultiwordToken,

    /// <summary>An empty node of the enhanced graph (<c>ID</c> is a decimal such as <c>8.1</c>).</summary>
    EmptyNode,
}

/// <summary>
/// One token line of a CoNLL-U file, kept as its original text with the positions of its ten columns, so that reading
/// and writing a file costs one string per line and unchanged lines are written back exactly. Columns are read on
/// demand; <see cref="With(int, string)"/> returns a copy with a column replaced.
/// </summary>
public sealed class ConlluLine
{
    /// <summary>Number of columns of a CoNLL-U token line.</summary>
    public const int ColumnCount = 10;

    /// <summary>Column index of ID.</summary>
    public const int IdColumn = 0;

    /// <summary>Column index of FORM.</summary>
    public const int FormColumn = 1;

    /// <summary>Column index of LEMMA.</summary>
    public const int LemmaColumn = 2;

    /// <summary>Column index of UPOS.</summary>
    public const int UposColumn = 3;

    /// <summary>Column index of FEATS.</summary>
    public const int FeatsColumn = 5;

    /// <summary>Column index of MISC.</summary>
    public const int MiscColumn = 9;

    private readonly ConlluColumnStarts _starts;

    internal ConlluLine(string text, ConlluColumnStarts starts, ConlluLineKind kind)
    {
        Text = text;
        _starts = starts;
        Kind = kind;
    }

    /// <summary>The line as written, without its terminator.</summary>
    public string Text { get; }

    /// <summary>Word, multiword token or empty node.</summary>
    public ConlluLineKind Kind { get; }

    /// <summary>ID column.</summary>
    public string Id => Column(IdColumn).ToString();

    /// <summary>FORM column.</summary>
    public string Form => Column(FormColumn).ToString();

    /// <summary>LEMMA column (<c>_</c> when unspecified).</summary>
    public string Lemma => Column(LemmaColumn).ToString();

    /// <summary>UPOS column.</summary>
    public string Upos => Column(UposColumn).ToString();

    /// <summary>FEATS column (<c>_</c> when empty).</summary>
    public string Feats => Column(FeatsColumn).ToString();

    /// <summary>MISC column (<c>_</c> when empty).</summary>
    public string Misc => Column(MiscColumn).ToString();

    /// <summary>Column <paramref name="index"/> (0-based) without copying.</summary>
    public ReadOnlySpan<char> Column(int index) => ConlluColumns.Column(Text, _starts, index);

    /// <summary>A copy of this line with column <paramref name="index"/> set to <paramref name="value"/>.</summary>
    public ConlluLine With(int index, string value) => With([(index, value)]);

    /// <summary>A copy of this line with several columns set at once (in increasing column order).</summary>
    public ConlluLine With(params ReadOnlySpan<(int Index, string Value)> changes)
    {
        var previous = -1;
        foreach (var (index, value) in changes)
        {
            if (!IsValidField(value))
            {
                throw new ArgumentException($"a CoNLL-U field must be non-empty and without tabs or line breaks: '{value}'", nameof(changes));
            }
            if (index <= previous || index < 0 || index >= ColumnCount)
            {
                throw new ArgumentException("columns must be given once each, in increasing order", nameof(changes));
            }
            previous = index;
        }
        var starts = new ConlluColumnStarts();
        var (at, next) = (0, 0);
        for (var column = 0; column < ColumnCount; column++)
        {
            starts[column] = at;
            at += (next < changes.Length && changes[next].Index == column ? changes[next++].Value.Length : Column(column).Length) + 1;
        }
        var text = string.Create(at - 1, (Line: this, Changes: changes.ToArray()), static (target, state) =>
        {
            var (at, next) = (0, 0);
            for (var column = 0; column < ColumnCount; column++)
            {
                var value = next < state.Changes.Length && state.Changes[next].Index == column ? state.Changes[next++].Value.AsSpan() : state.Line.Column(column);
                value.CopyTo(target[at..]);
                at += value.Length;
                if (column + 1 < ColumnCount)
                {
                    target[at++] = '\t';
                }
            }
        });
        return new ConlluLine(text, starts, Kind);
    }

    /// <summary>True when <paramref name="value"/> can be a column: non-empty, without tabs or line breaks.</summary>
    public static bool IsValidField(ReadOnlySpan<char> value) => value.Length > 0 && value.IndexOfAny('\t', '\n', '\r') < 0;

    /// <summary>Splits <paramref name="text"/> into columns; null when it does not have exactly ten tab-separated fields.</summary>
    public static ConlluLine? Parse(string text) =>
        ConlluColumns.TrySplit(text, out var starts, out var kind) ? new ConlluLine(text, starts, kind) : null;
}
