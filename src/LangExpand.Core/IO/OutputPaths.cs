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

    /// <summary>
    /// Throws when one of <paramref name="outputs"/> lies inside the model directory <paramref name="model"/> (compared as
    /// full paths; <c>-</c> is never a clash): a prediction would overwrite the model's own files, and a later save would
    /// replace the directory whole, dropping the output. Call it once the model has loaded (so that a directory that is
    /// no model is reported as such), before any output is written.
    /// </summary>
    public static void RefuseWritingInto(IEnumerable<string> outputs, string model)
    {
        var directory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(model)) + Path.DirectorySeparatorChar;
        if (outputs.Where(output => output != "-").FirstOrDefault(output => Path.GetFullPath(output).StartsWith(directory, StringComparison.Ordinal)) is { } clash)
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"the output {clash} is inside the model directory {model}; refusing to write into it",
                expected: "an output path outside the model directory");
        }
    }
}
