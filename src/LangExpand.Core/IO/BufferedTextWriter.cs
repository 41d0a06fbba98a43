using System.Text;

namespace LangExpand.Core.IO;

/// <summary>
/// Collects what is written in a buffer and passes it on in large blocks, for writers that flush on every call (the
/// console's standard output does): streaming many small pieces through one costs a system call per piece otherwise.
/// <see cref="Flush"/> passes on what is buffered; disposing this writer flushes it but leaves the inner writer open.
/// </summary>
/// <param name="inner">The writer to pass blocks to.</param>
/// <param name="bufferSize">Characters collected before a block is passed on.</param>
public sealed class BufferedTextWriter(TextWriter inner, int bufferSize = 1 << 16) : TextWriter
{
    private readonly char[] _buffer = new char[bufferSize];
    private int _count;

    /// <inheritdoc/>
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc/>
    public override void Write(char value)
    {
        if (_count == _buffer.Length)
        {
            PassOn();
        }
        _buffer[_count++] = value;
    }

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (buffer.Length > _buffer.Length - _count)
        {
            PassOn();
            if (buffer.Length > _buffer.Length)
            {
                inner.Write(buffer);
                return;
            }
        }
        buffer.CopyTo(_buffer.AsSpan(_count));
        _count += buffer.Length;
    }

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <inheritdoc/>
    public override void Write(string? value) => Write(value.AsSpan());

    /// <inheritdoc/>
    public override void Flush()
    {
        PassOn();
        inner.Flush();
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }
        base.Dispose(disposing);
    }

    private void PassOn()
    {
        if (_count > 0)
        {
            inner.Write(_buffer, 0, _count);
            _count = 0;
        }
    }
}
