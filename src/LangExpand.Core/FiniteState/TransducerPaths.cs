using System.Text;

namespace LangExpand.Core.FiniteState;

/// <summary>A path of a transducer from a start state to a final state: the symbols of each side concatenated, epsilons left out.</summary>
/// <param name="Input">The input (upper) side, for example <c>house&lt;n&gt;</c>.</param>
/// <param name="Output">The output (lower) side, for example <c>casa&lt;n&gt;&lt;f&gt;</c>.</param>
public readonly record struct AttPath(string Input, string Output);

/// <summary>Where a walk stands on its current path.</summary>
/// <param name="LastInput">The last non-empty input symbol, null before the first.</param>
/// <param name="LastOutput">The last non-empty output symbol, null before the first.</param>
/// <param name="InputLength">Characters of input text built so far.</param>
/// <param name="OutputLength">Characters of output text built so far.</param>
public readonly record struct AttWalkState(string? LastInput, string? LastOutput, int InputLength, int OutputLength);

/// <summary>Steers <see cref="TransducerPaths.Enumerate"/>: which arcs to follow and which accepted paths to report.</summary>
public interface IAttPathGuide
{
    /// <summary>True when the walk may follow <paramref name="arc"/> from a path that stands at <paramref name="state"/>.</summary>
    bool Follows(AttWalkState state, AttArc arc);

    /// <summary>True when a path that reached a final state at <paramref name="state"/> is reported.</summary>
    bool Reports(AttWalkState state);
}

/// <summary>
/// Enumerates the paths of a transducer by a depth-first walk from the start state of every section. The walk terminates
/// on any input: it never enters a state that lies on a cycle (the regular-expression parts of a dictionary: numbers, URLs,
/// punctuation runs), skips a section whose start lies on one, and stops at <c>maxLength</c> arcs.
/// </summary>
public static class TransducerPaths
{
    /// <summary>The default cap on the arcs of one path; dictionary words are far shorter.</summary>
    public const int DefaultMaxLength = 64;

    /// <summary>
    /// The accepted paths that <paramref name="guide"/> lets through, in depth-first order of the arcs as listed. Without a
    /// guide every arc is followed and every accepted path with a non-empty side is reported.
    /// </summary>
    public static IReadOnlyList<AttPath> Enumerate(AttTransducer transducer, IAttPathGuide? guide = null, int maxLength = DefaultMaxLength)
    {
        var results = new List<AttPath>();
        foreach (var section in transducer.Sections.Where(s => !s.Cyclic.Contains(s.Start)))
        {
            new Walker(section, guide ?? EveryPath.Instance, maxLength, results).Walk(section.Start, 0, new AttWalkState(null, null, 0, 0));
        }
        return results;
    }

    /// <summary>Follows every arc and reports every path with some text.</summary>
    private sealed class EveryPath : IAttPathGuide
    {
        public static readonly EveryPath Instance = new();

        public bool Follows(AttWalkState state, AttArc arc) => true;

        public bool Reports(AttWalkState state) => state.InputLength + state.OutputLength > 0;
    }

    /// <summary>Depth-first walk of one section, with both sides built so far.</summary>
    private sealed class Walker(AttSection section, IAttPathGuide guide, int maxLength, List<AttPath> results)
    {
        private readonly StringBuilder _input = new();
        private readonly StringBuilder _output = new();

        public void Walk(int state, int depth, AttWalkState walk)
        {
            if (section.Finals.Contains(state) && guide.Reports(walk))
            {
                results.Add(new AttPath(_input.ToString(), _output.ToString()));
            }
            if (depth == maxLength)
            {
                return;
            }
            foreach (var arc in section.ArcsFrom(state))
            {
                if (section.Cyclic.Contains(arc.Target) || !guide.Follows(walk, arc))
                {
                    continue;
                }
                var (inputLength, outputLength) = (_input.Length, _output.Length);
                _input.Append(arc.Input);
                _output.Append(arc.Output);
                Walk(arc.Target, depth + 1, new AttWalkState(arc.Input.Length > 0 ? arc.Input : walk.LastInput,
                    arc.Output.Length > 0 ? arc.Output : walk.LastOutput, _input.Length, _output.Length));
                _input.Length = inputLength;
                _output.Length = outputLength;
            }
        }
    }
}
