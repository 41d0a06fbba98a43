using LangExpand.Core.Diagnostics;

namespace LangExpand.Core.IO;

/// <summary>
/// Reads UTF-8 text line by line and refuses what is not text: invalid UTF-8 and control characters other than tab
/// are reported with the file and line, never replaced silently. A leading byte-order mark is skipped.
/// Lines keep every character, spaces included; the terminator (LF or CRLF) is reported separately.
/// </summary>
public static class StrictTextReader
{
    /// <summary>Reads the lines of the file at <paramref name="path"/>.</summary>
    public static IEnumerable<TextLine> ReadLines(string path)
    {
        CheckExists(path);
        return ReadFile(path);
    }

    /// <summary>Throws <see cref="ErrorCode.MissingInput"/> when there is no file at <paramref name="path"/>.</summary>
    public static void CheckExists(string path)
    {
        if (!File.Exists(path))
        {
            throw new LangExpandException(ErrorCode.MissingInput, $"file not found: {path}");
        }
    }

    private static IEnumerable<TextLine> ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        foreach (var line in ReadLines(stream, path))
        {
            yield return line;
        }
    }

    /// <summary>Reads the lines of <paramref name="stream"/>; <paramref name="sourceName"/> names it in errors.</summary>
    public static IEnumerable<TextLine> ReadLines(Stream stream, string sourceName)
    {
        var reader = new StrictLineReader(stream, sourceName);
        while (Next(reader) is { } line)
        {
            yield return line;
        }
    }

    /// <summary>The next line as a <see cref="TextLine"/> (an iterator cannot hold the reader's span itself), or null.</summary>
    private static TextLine? Next(StrictLineReader reader) =>
        reader.TryRead(out var text) ? new TextLine(reader.LineNumber, text.ToString(), reader.Terminator) : null;
}
