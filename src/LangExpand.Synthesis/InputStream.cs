using System.Text;
using LangExpand.Core.Diagnostics;

namespace LangExpand.Synthesis;

/// <summary>
/// An input file, or standard input for <c>-</c>, opened with its first line read ahead (to tell its format) and replayed:
/// reading the stream gives every byte from the start.
/// </summary>
internal sealed class InputStream : Stream
{
    private const int PeekLimit = 1 << 16;
    private readonly Stream _inner;
    private readonly byte[] _prefix;
    private int _prefixAt;

    private InputStream(Stream inner, string name)
    {
        (_inner, Name) = (inner, name);
        var prefix = new MemoryStream();
        var buffer = new byte[4096];
        int read;
        while (prefix.Length < PeekLimit && !HasTextLine(prefix) && (read = inner.Read(buffer, 0, buffer.Length)) > 0)
        {
            prefix.Write(buffer, 0, read);
        }
        _prefix = prefix.ToArray();
        FirstLine = Encoding.UTF8.GetString(_prefix).Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l));
    }

    /// <summary>The path, or <c>standard input</c>.</summary>
    public string Name { get; }

    /// <summary>The first line that is not blank (within the first 64 KiB), or null.</summary>
    public string? FirstLine { get; }

    /// <summary>Opens <paramref name="path"/>, or <paramref name="standardInput"/> for <c>-</c>.</summary>
    public static InputStream Open(string path, Stream? standardInput)
    {
        if (path == "-")
        {
            return new InputStream(standardInput ?? throw new LangExpandException(ErrorCode.MissingInput, "'-' names standard input, which this caller has not given"),
                "standard input");
        }
        if (!File.Exists(path))
        {
            throw new LangExpandException(ErrorCode.MissingInput, $"file not found: {path}");
        }
        return new InputStream(File.OpenRead(path), path);
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_prefixAt < _prefix.Length)
        {
            var n = Math.Min(count, _prefix.Length - _prefixAt);
            Array.Copy(_prefix, _prefixAt, buffer, offset, n);
            _prefixAt += n;
            return n;
        }
        return _inner.Read(buffer, offset, count);
    }

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing && Name != "standard input")
        {
            _inner.Dispose();
        }
        base.Dispose(disposing);
    }

    private static bool HasTextLine(MemoryStream prefix)
    {
        var bytes = prefix.GetBuffer().AsSpan(0, (int)prefix.Length);
        var start = 0;
        int newline;
        while ((newline = bytes[start..].IndexOf((byte)'\n')) >= 0)
        {
            if (!bytes.Slice(start, newline).Trim(" \t\r"u8).IsEmpty)
            {
                return true;
            }
            start += newline + 1;
        }
        return false;
    }
}
