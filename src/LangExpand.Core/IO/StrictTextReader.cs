using System.Text;
using LangExpand.Core.Diagnostics;

namespace LangExpand.Core.IO;

/// <summary>
/// Reads UTF-8 text line by line and refuses what is not text: invalid UTF-8 and control characters other than tab
/// are reported with the file and line, never replaced silently. A leading byte-order mark is skipped.
/// Lines keep every character, spaces included; the terminator (LF or CRLF) is reported separately.
/// </summary>
public static class StrictTextReader
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];
    private static readonly System.Buffers.SearchValues<char> ControlCharacters =
        System.Buffers.SearchValues.Create(Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c != '\t').ToArray());

    /// <summary>Reads the lines of the file at <paramref name="path"/>.</summary>
    public static IEnumerable<TextLine> ReadLines(string path)
    {
        if (!File.Exists(path))
        {
            throw new LangExpandException(ErrorCode.MissingInput, $"file not found: {path}");
        }
        return ReadFile(path);
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
        var pending = new List<byte>();
        var buffer = new byte[1 << 16];
        var number = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            while (start < read)
            {
                var newline = Array.IndexOf(buffer, (byte)'\n', start, read - start);
                if (newline < 0)
                {
                    pending.AddRange(new ArraySegment<byte>(buffer, start, read - start));
                    break;
                }
                if (pending.Count == 0)
                {
                    // The whole line is in the buffer: decode it from there.
                    yield return Decode(new ArraySegment<byte>(buffer, start, newline - start), ++number, sourceName, "\n");
                }
                else
                {
                    pending.AddRange(new ArraySegment<byte>(buffer, start, newline - start));
                    yield return Decode(pending.ToArray(), ++number, sourceName, "\n");
                    pending.Clear();
                }
                start = newline + 1;
            }
        }
        if (pending.Count > 0)
        {
            yield return Decode(pending.ToArray(), ++number, sourceName, "");
        }
    }

    private static TextLine Decode(ArraySegment<byte> bytes, int number, string sourceName, string terminator)
    {
        ReadOnlySpan<byte> span = bytes;
        if (terminator.Length > 0 && span.Length > 0 && span[^1] == (byte)'\r')
        {
            span = span[..^1];
            terminator = "\r\n";
        }
        if (number == 1 && span.StartsWith(ByteOrderMark))
        {
            span = span[ByteOrderMark.Length..];
        }
        string text;
        try
        {
            text = Strict.GetString(span);
        }
        catch (DecoderFallbackException e)
        {
            throw new LangExpandException(ErrorCode.InvalidEncoding, $"invalid UTF-8 byte sequence at byte {e.Index + 1} of the line",
                new SourceLocation(sourceName, number), "UTF-8 text", e);
        }
        if (text.AsSpan().IndexOfAny(ControlCharacters) is var i and >= 0)
        {
            throw new LangExpandException(ErrorCode.InvalidEncoding, $"control character U+{(int)text[i]:X4} (binary data?)",
                new SourceLocation(sourceName, number, i + 1), "text");
        }
        return new TextLine(number, text, terminator);
    }
}
