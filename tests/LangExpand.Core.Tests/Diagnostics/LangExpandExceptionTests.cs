using LangExpand.Core.Diagnostics;

namespace LangExpand.Core.Tests.Diagnostics;

/// <summary>User-facing errors print as one line: place, problem, what was expected, and the catalogue code.</summary>
public class LangExpandExceptionTests
{
    public static TheoryData<LangExpandException, string> Messages => new()
    {
        { new(ErrorCode.MalformedLine, "found 4 columns", new SourceLocation("deu.trn", 12), "3 columns"), "deu.trn:12: found 4 columns; expected 3 columns [LE1001]" },
        { new(ErrorCode.InvalidEncoding, "control character U+0000", new SourceLocation("x.tsv", 2, 5), "text"), "x.tsv:2:5: control character U+0000; expected text [LE1003]" },
        { new(ErrorCode.AmbiguousFormat, "cannot tell", new SourceLocation("foo.tst", 0), "--format"), "foo.tst: cannot tell; expected --format [LE1004]" },
        { new(ErrorCode.UnknownFormat, "unknown format 'x'"), "unknown format 'x' [LE1005]" },
        { new(ErrorCode.InvalidModel, "missing rules.json", new SourceLocation("model/rules.json", 0)), "model/rules.json: missing rules.json [LE1008]" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void The_message_is_place_problem_expectation_and_code(LangExpandException error, string message)
    {
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void The_parts_of_the_message_are_kept_separately()
    {
        var inner = new FormatException("inner");
        var error = new LangExpandException(ErrorCode.InvalidFeatureSyntax, "bad", new SourceLocation("f", 3, 4), "V;PST", inner);

        Assert.Equal((ErrorCode.InvalidFeatureSyntax, "bad", "V;PST", new SourceLocation("f", 3, 4)), (error.Code, error.Problem, error.Expected, error.Location!.Value));
        Assert.Same(inner, error.InnerException);
    }
}
