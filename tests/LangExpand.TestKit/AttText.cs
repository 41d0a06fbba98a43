using System.Text;
using LangExpand.Core.FiniteState;

namespace LangExpand.TestKit;

/// <summary>Hand-made transducers in AT&amp;T text, in <c>lt-print</c>'s layout (trailing tab, weights).</summary>
public static class AttText
{
    /// <summary>
    /// One straight path per pair from state 0, the pair's input symbols on the input side and its output symbols on the
    /// output side (tags such as <c>&lt;n&gt;</c> are one symbol), the shorter side padded with ε.
    /// </summary>
    public static string StraightPaths(IEnumerable<(string Input, string Output)> pairs)
    {
        var text = new StringBuilder();
        var next = 1;
        foreach (var (input, output) in pairs)
        {
            var (upper, lower) = (AttSymbols.Split(input).ToList(), AttSymbols.Split(output).ToList());
            var state = 0;
            for (var i = 0; i < Math.Max(upper.Count, lower.Count); i++)
            {
                text.Append($"{state}\t{next}\t{(i < upper.Count ? upper[i] : "ε")}\t{(i < lower.Count ? lower[i] : "ε")}\t0.000000\t\n");
                state = next++;
            }
            text.Append($"{state}\t0.000000\n");
        }
        return text.ToString();
    }
}
