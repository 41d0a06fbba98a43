namespace LangExpand.Core.FiniteState;

/// <summary>An arc of an AT&amp;T transducer; an epsilon symbol is the empty string.</summary>
/// <param name="Target">The state the arc leads to.</param>
/// <param name="Input">The input (upper) symbol: a character, a tag such as <c>&lt;n&gt;</c>, or empty.</param>
/// <param name="Output">The output (lower) symbol, in the same terms.</param>
public readonly record struct AttArc(int Target, string Input, string Output);

/// <summary>
/// A transducer read from AT&amp;T text, as <c>lt-print</c> writes it: one or more sections (lttoolbox dictionary
/// sections such as <c>main@standard</c>, separated by <c>--</c> lines), each an automaton of its own.
/// </summary>
/// <param name="Source">The file or stream name, for messages.</param>
/// <param name="Sections">The sections in file order.</param>
/// <param name="TagsOnInput">
/// True when tags (<c>&lt;vblex&gt;</c>) sit mostly on the input side, so the input side is the lexical one: a generator
/// (<c>*.autogen.bin</c>); false for an analyser (<c>*.automorf.bin</c>), whose input side is the surface form.
/// </param>
public sealed record AttTransducer(string Source, IReadOnlyList<AttSection> Sections, bool TagsOnInput);

/// <summary>One automaton of an AT&amp;T file: its start state (the source of its first line), arcs and final states.</summary>
public sealed class AttSection
{
    private readonly IReadOnlyDictionary<int, AttArc[]> _arcs;
    private readonly Lazy<IReadOnlySet<int>> _cyclic;

    /// <summary>Creates a section from its arcs by source state and its final states.</summary>
    public AttSection(int start, IReadOnlyDictionary<int, AttArc[]> arcs, IReadOnlySet<int> finals)
    {
        Start = start;
        _arcs = arcs;
        Finals = finals;
        _cyclic = new Lazy<IReadOnlySet<int>>(() => CyclicStates.Find(_arcs));
    }

    /// <summary>The start state.</summary>
    public int Start { get; }

    /// <summary>The final (accepting) states.</summary>
    public IReadOnlySet<int> Finals { get; }

    /// <summary>
    /// The states that lie on a cycle (with an arc to themselves, or in a strongly connected component of two or more
    /// states): the regular-expression parts of a dictionary (numbers, URLs, punctuation runs), never a word's paradigm.
    /// </summary>
    public IReadOnlySet<int> Cyclic => _cyclic.Value;

    /// <summary>The arcs leaving <paramref name="state"/>, in file order.</summary>
    public IReadOnlyList<AttArc> ArcsFrom(int state) => _arcs.TryGetValue(state, out var arcs) ? arcs : [];
}
