namespace LangExpand.Lexicons.Apertium;

/// <summary>One side of a dictionary pair as built so far: text (<c>&lt;b/&gt;</c> already a space) and tags in order.</summary>
internal sealed record DixText(string Text, IReadOnlyList<string> Tags)
{
    public static readonly DixText Empty = new("", []);

    public DixText Then(DixText next) => new(Text + next.Text, [.. Tags, .. next.Tags]);
}

/// <summary>A left/right pair of a bilingual dictionary, with the directions it works in.</summary>
internal sealed record DixPair(DixText Left, DixText Right, LexiconDirection Direction)
{
    public static readonly DixPair Empty = new(DixText.Empty, DixText.Empty, LexiconDirection.Both);

    /// <summary>This pair followed by <paramref name="next"/>, or null when their directions exclude each other (LR then RL).</summary>
    public DixPair? Then(DixPair next)
    {
        LexiconDirection? direction = Direction == LexiconDirection.Both ? next.Direction
            : next.Direction == LexiconDirection.Both || next.Direction == Direction ? Direction
            : null;
        return direction is { } both ? new DixPair(Left.Then(next.Left), Right.Then(next.Right), both) : null;
    }
}
