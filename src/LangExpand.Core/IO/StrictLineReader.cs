using System.Buffers;
using System.Text.Unicode;
using LangExpand.Core.Diagnostics;

namespace LangExpand.Core.IO;

/// <summary>
/// The line reader under <see cref="StrictTextReader"/>, for callers that read large inputs and want no string per
/// line: <see cref="TryRead"/> gives each line as a span over a buffer that the next call reuses. Bytes are read in
/// large blocks; each line is decoded on its own, so that errors name the line exactly. The same rules hold: invalid
/// UTF-8 and control characters other than tab are refused with file and line, a leading byte-order mark is skipped,
/// a carriage return before the line feed is part of the terminator. A line may hold at most <see cref="MaxLineBytes"/>
/// bytes, so that an input without line feeds (<c>/dev/zero</c>, a binary file) is refused instead of filling memory.
/// </summary>
public sealed class StrictLineReader
{
    /// <summary>
    /// The longest line accepted, in UTF-8 bytes without the terminator: 16 MiB, far beyond any real corpus line. A longer
    /// line is refused with the file and line, before more of it is read.
    /// </summary>
    public const int MaxLineBytes = 16 * 1024 * 1024;

    private const int BlockSize = 1 << 18;
    // Control characters in two sets that each get a fast vectorised search: C0 (but tab) with DEL, and the C1 range.
    private static readonly SearchValues<char> AsciiControlCharacters =
        SearchValues.Create(Enumerable.Range(0, 0x80).Select(c => (char)c).Where(c => char.IsControl(c) && c != '\t').ToArray());
    private static readonly SearchValues<char> C1ControlCharacters = SearchValues.Create(Enumerable.Range(0x80, 0x20).Select(c => (char)c).ToArray());
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private readonly Stream _stream;
    private readonly string _sourceName;
    private byte[] _bytes = new byte[BlockSize];
    private char[] _chars = new char[1024];
    private int _start;
    private int _end;
    private bool _endOfStream;

    /// <summary>Reads <paramref name="stream"/> (not disposed here); <paramref name="sourceName"/> names it in errors.</summary>
    public StrictLineReader(Stream stream, string sourceName) => (_stream, _sourceName) = (stream, sourceName);

    /// <summary>1-based number of the line last read (0 before the first).</summary>
    public int LineNumber { get; private set; }

    /// <summary>The last line's terminator: <c>"\n"</c>, <c>"\r\n"</c>, or empty for a last line without one.</summary>
    public string Terminator { get; private set; } = "";

    /// <summary>
    /// Reads the next line into <paramref name="line"/> (without its terminator), valid until the next call; false at the
    /// end of the input.
    /// </summary>
    public bool TryRead(out ReadOnlySpan<char> line)
    {
        int newline;
        while ((newline = _bytes.AsSpan(_start, _end - _start).IndexOf((byte)'\n')) < 0 && !_endOfStream)
        {
            // One byte of slack for the carriage return of a CRLF terminator.
            if (_end - _start > MaxLineBytes + 1)
            {
                throw LineTooLong();
            }
            Fill();
        }
        if (newline < 0 && _start == _end)
        {
            line = default;
            return false;
        }
        var bytes = _bytes.AsSpan(_start, newline < 0 ? _end - _start : newline);
        _start += newline < 0 ? bytes.Length : newline + 1;
        Terminator = newline < 0 ? "" : "\n";
        if (newline >= 0 && bytes.Length > 0 && bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
            Terminator = "\r\n";
        }
        if (bytes.Length > MaxLineBytes)
        {
            throw LineTooLong();
        }
        if (++LineNumber == 1 && bytes.StartsWith(ByteOrderMark))
        {
            bytes = bytes[ByteOrderMark.Length..];
        }
        line = Decode(bytes);
        return true;
    }

    private LangExpandException LineTooLong() =>
        new(ErrorCode.MalformedLine, $"line longer than {MaxLineBytes} bytes (no line feed: binary data?)",
            new SourceLocation(_sourceName, LineNumber + 1), $"lines of at most {MaxLineBytes / (1024 * 1024)} MiB");

    /// <summary>Moves the unread bytes to the front, growing the buffer for a line longer than it, and reads more.</summary>
    private void Fill()
    {
        var pending = _end - _start;
        if (pending == _bytes.Length)
        {
            Array.Resize(ref _bytes, _bytes.Length * 2);
        }
        else if (_start > 0)
        {
            _bytes.AsSpan(_start, pending).CopyTo(_bytes);
        }
        (_start, _end) = (0, pending);
        var read = _stream.Read(_bytes, _end, _bytes.Length - _end);
        _end += read;
        _endOfStream = read == 0;
    }

    private ReadOnlySpan<char> Decode(ReadOnlySpan<byte> bytes)
    {
        if (_chars.Length < bytes.Length)
        {
            _chars = new char[Math.Max(bytes.Length, _chars.Length * 2)];
        }
        if (Utf8.ToUtf16(bytes, _chars, out var read, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            throw new LangExpandException(ErrorCode.InvalidEncoding, $"invalid UTF-8 byte sequence at byte {read + 1} of the line",
                new SourceLocation(_sourceName, LineNumber), "UTF-8 text");
        }
        var text = _chars.AsSpan(0, written);
        if (FirstControlCharacter(text) is var i and >= 0)
        {
            throw new LangExpandException(ErrorCode.InvalidEncoding, $"control character U+{(int)text[i]:X4} (binary data?)",
                new SourceLocation(_sourceName, LineNumber, i + 1), "text");
        }
        return text;
    }

    private static int FirstControlCharacter(ReadOnlySpan<char> text)
    {
        var ascii = text.IndexOfAny(AsciiControlCharacters);
        var c1 = text.IndexOfAny(C1ControlCharacters);
        return ascii < 0 ? c1 : c1 < 0 ? ascii : Math.Min(ascii, c1);
    }
}
