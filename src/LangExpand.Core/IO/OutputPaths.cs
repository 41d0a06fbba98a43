using LangExpand.Core.Diagnostics;

namespace LangExpand.Core.IO;

/// <summary>
/// Checks that a job's outputs (its main file and the side files beside it) never overwrite one of its inputs, and that an
/// output is written only where a file (or a model directory) belongs: never over a device, a FIFO, a socket or a symbolic
/// link (which would be replaced, or written through), nor a directory where a file is expected. <see cref="AtomicFile"/> and
/// <see cref="StagedDirectory"/> check their target, so every command gets these checks.
/// </summary>
public static class OutputPaths
{
    /// <summary>Throws unless <paramref name="path"/> is new or a regular file (the target of a file write).</summary>
    public static void RequireFileTarget(string path) => Require(path, FileKind.File, "the path of a new or regular file");

    /// <summary>Throws unless <paramref name="path"/> is new or a directory (the target of a directory write).</summary>
    public static void RequireDirectoryTarget(string path) => Require(path, FileKind.Directory, "the path of a new or existing directory");

    private static void Require(string path, FileKind wanted, string expected)
    {
        var kind = FileKinds.Of(path);
        if (kind != FileKind.Missing && kind != wanted)
        {
            var what = kind switch
            {
                FileKind.Directory => "a directory",
                FileKind.File => "a file",
                FileKind.SymbolicLink => "a symbolic link",
                _ => "a device, FIFO or socket",
            };
            throw new LangExpandException(ErrorCode.InvalidOption, $"cannot write {path}: it is {what}; refusing to replace it", expected: expected);
        }
    }

    /// <summary>
    /// Throws when one of <paramref name="outputs"/> is one of <paramref name="inputs"/> (compared as full paths, an input given
    /// through a symbolic link also as the file it points to; <c>-</c>, the standard streams, is never a clash), naming the
    /// clash, or is a symbolic link, device, FIFO or socket; call it before any work.
    /// </summary>
    public static void RefuseOverwriting(IEnumerable<string> outputs, IEnumerable<string> inputs)
    {
        foreach (var output in outputs.Where(output => output != "-" && FileKinds.Of(output) is FileKind.SymbolicLink or FileKind.Special))
        {
            RequireFileTarget(output);
        }
        var read = inputs.Where(input => input != "-").SelectMany(input => new[] { Path.GetFullPath(input), LinkTarget(input) }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (outputs.Where(output => output != "-").FirstOrDefault(output => read.Contains(Path.GetFullPath(output))) is { } clash)
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"the output {clash} is one of the inputs; refusing to overwrite it", expected: "a new output path");
        }
    }

    /// <summary>The full path of the file the symbolic link <paramref name="path"/> finally points to; null when it is no link.</summary>
    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }
        catch (IOException)
        {
            return null;
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
