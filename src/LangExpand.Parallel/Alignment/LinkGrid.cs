namespace LangExpand.Parallel.Alignment;

/// <summary>A growing set of links over a sources × targets grid, knowing which words are aligned; for symmetrisation.</summary>
internal sealed class LinkGrid(int sources, int targets)
{
    private readonly bool[] _cells = new bool[sources * targets];
    private readonly bool[] _sourceAligned = new bool[sources];
    private readonly bool[] _targetAligned = new bool[targets];

    public int Sources => sources;

    public int Targets => targets;

    public bool Inside(int i, int j) => i >= 0 && j >= 0 && i < sources && j < targets;

    public bool Has(int i, int j) => _cells[i * targets + j];

    /// <summary>True when the source or target word (with <paramref name="both"/>: both words) is still unaligned.</summary>
    public bool Touches(int i, int j, bool both) => both
        ? !_sourceAligned[i] && !_targetAligned[j]
        : !_sourceAligned[i] || !_targetAligned[j];

    public void Add(int i, int j)
    {
        _cells[i * targets + j] = true;
        _sourceAligned[i] = true;
        _targetAligned[j] = true;
    }

    public IEnumerable<AlignmentLink> Links()
    {
        for (var i = 0; i < sources; i++)
        {
            for (var j = 0; j < targets; j++)
            {
                if (Has(i, j))
                {
                    yield return new AlignmentLink(i, j);
                }
            }
        }
    }
}
