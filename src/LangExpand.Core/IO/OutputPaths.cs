using LangExpand.Core.Diagnostics;

namespace LangExpand.Core.IO;

/// <summary>Checks that a job's outputs (its main file and the side files beside it) never overwrite one of its inputs.</summary>
public static class OutputPaths
{
    /// <summary>
    /// Throws when one of <paramref name="outputs"/> is one of <paramref name="inputs"/> (compared as full paths; <c>-</c>, the
    /// standard streams, is never a clash), naming the clash; call it before any work.
    /// </summary>
    public static void RefuseOverwriting(IEnumerable<string> outputs, IEnumerable<string> inputs)
    {
        var read = inputs.Where(input => input != "-").Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        if (outputs.Where(output => output != "-").FirstOrDefault(output => read.Contains(Path.GetFullPath(output))) is { } clash)
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"the output {clash} is one of the inputs; refusing to overwrite it", expected: "a new output path");
        }
    }
}
