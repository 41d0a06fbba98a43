using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;

namespace LangExpand.Tagging;

/// <summary>
/// The tab-separated text files inside a tagger's model directory: UTF-8, <c>\n</c> after every line, a fixed number of
/// columns. A missing file or a line with the wrong number of columns is rejected naming the file and line.
/// </summary>
internal static class ModelTsv
{
    /// <summary>Writes <paramref name="rows"/> to <paramref name="path"/> (inside a staging directory, which is swapped in whole).</summary>
    public static void Write(string path, IEnumerable<string[]> rows)
    {
        using var writer = new StreamWriter(path, append: false, AtomicFile.Utf8, bufferSize: 1 << 16);
        foreach (var row in rows)
        {
            writer.Write(string.Join('\t', row));
            writer.Write('\n');
        }
    }

    /// <summary>The rows of <paramref name="path"/>, each with its location; <paramref name="expected"/> describes a line.</summary>
    public static IEnumerable<(SourceLocation Location, string[] Fields)> Read(string path, int columns, string expected)
    {
        if (!File.Exists(path))
        {
            throw new LangExpandException(ErrorCode.InvalidModel, $"the model file {Path.GetFileName(path)} is missing", new SourceLocation(path, 0), expected);
        }
        return StrictTextReader.ReadLines(path).Select(line =>
        {
            var location = new SourceLocation(path, line.Number);
            var fields = line.Text.Split('\t');
            if (fields.Length != columns || fields.Any(field => field.Length == 0))
            {
                throw Malformed(location, $"found {fields.Length} columns", expected);
            }
            return (location, fields);
        });
    }

    /// <summary>The error for a malformed line of a model file.</summary>
    public static LangExpandException Malformed(SourceLocation location, string problem, string expected) =>
        new(ErrorCode.InvalidModel, problem, location, expected);
}
