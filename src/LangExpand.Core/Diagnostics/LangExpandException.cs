namespace LangExpand.Core.Diagnostics;

/// <summary>
/// An error caused by the user's input (a file, an option, a model directory), not by a bug. It carries a stable
/// <see cref="ErrorCode"/>, the place in the input, and what was expected there; the CLI prints <see cref="Exception.Message"/>
/// as one line and exits non-zero.
/// </summary>
public sealed class LangExpandException : Exception
{
    /// <summary>Creates an error with a code, an optional location and a description of what was expected.</summary>
    public LangExpandException(ErrorCode code, string problem, SourceLocation? location = null, string? expected = null, Exception? inner = null)
        : base(Compose(code, problem, location, expected), inner)
    {
        Code = code;
        Location = location;
        Problem = problem;
        Expected = expected;
    }

    /// <summary>The catalogue code.</summary>
    public ErrorCode Code { get; }

    /// <summary>Where in the input the problem is, when it is in a file.</summary>
    public SourceLocation? Location { get; }

    /// <summary>What is wrong, without location or code.</summary>
    public string Problem { get; }

    /// <summary>What the input should have had instead, if that can be said.</summary>
    public string? Expected { get; }

    private static string Compose(ErrorCode code, string problem, SourceLocation? location, string? expected)
    {
        var where = location is { } l ? $"{l}: " : "";
        var hint = expected is null ? "" : $"; expected {expected}";
        return $"{where}{problem}{hint} [LE{(int)code}]";
    }
}
