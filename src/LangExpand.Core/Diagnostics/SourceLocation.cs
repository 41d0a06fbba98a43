namespace LangExpand.Core.Diagnostics;

/// <summary>A place in an input: a file (or stream name) and a 1-based line, optionally a 1-based column.</summary>
/// <param name="Source">File path or a stream's display name (for example <c>&lt;stdin&gt;</c>).</param>
/// <param name="Line">1-based line number; 0 when the problem concerns the whole input.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
public readonly record struct SourceLocation(string Source, int Line, int Column = 0)
{
    /// <summary>Formats as <c>file:line</c> or <c>file:line:column</c>, the way compilers do.</summary>
    public override string ToString() => Line <= 0
        ? Source
        : Column > 0 ? $"{Source}:{Line}:{Column}" : $"{Source}:{Line}";
}
