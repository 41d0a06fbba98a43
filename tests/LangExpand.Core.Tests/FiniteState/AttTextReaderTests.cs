using LangExpand.Core.Diagnostics;
using LangExpand.Core.FiniteState;

namespace LangExpand.Core.Tests.FiniteState;

public class AttTextReaderTests
{
    private static AttTransducer Att(string text) => AttFixture.Read(text);

    [Fact]
    public void Lt_print_output_with_trailing_tabs_weights_and_sections_is_read()
    {
        var transducer = Att("0\t1\t,\t,\t0.000000\t\n1\t2\tε\t<cm>\t0.000000\t\n2\t0.000000\n--\n5\t6\ta\ta\n6\t7\tε\t<n>\t1.5\n7\n");

        Assert.Equal(2, transducer.Sections.Count);
        Assert.Equal((0, new AttArc(1, ",", ",")), (transducer.Sections[0].Start, transducer.Sections[0].ArcsFrom(0).Single()));
        Assert.Equal(new AttArc(7, "", "<n>"), transducer.Sections[1].ArcsFrom(6).Single());
        Assert.Equal([7], transducer.Sections[1].Finals);
        Assert.False(transducer.TagsOnInput);
    }

    [Theory]
    [InlineData("ε")]
    [InlineData("@0@")]
    [InlineData("@_EPSILON_SYMBOL_@")]
    public void Every_spelling_of_epsilon_reads_as_the_empty_symbol(string epsilon)
    {
        var transducer = Att($"0\t1\t{epsilon}\t<n>\n1\n");

        Assert.Equal("", transducer.Sections[0].ArcsFrom(0)[0].Input);
    }

    [Fact]
    public void Escaped_and_literal_spaces_are_both_a_space()
    {
        var transducer = Att("0\t1\t@_SPACE_@\t \n1\n");

        Assert.Equal(new AttArc(1, " ", " "), transducer.Sections[0].ArcsFrom(0)[0]);
    }

    [Fact]
    public void A_generator_has_its_tags_on_the_input_side()
    {
        Assert.True(Att("0\t1\t<n>\tε\n1\n").TagsOnInput);
    }

    [Theory]
    [InlineData("0\t1\ta\n")]
    [InlineData("0\t1\ta\ta\t0\tx\n")]
    [InlineData("x\t1\ta\ta\n")]
    [InlineData("0\t-1\ta\ta\n")]
    [InlineData("0\t1\ta\ta\theavy\n")]
    [InlineData("0\tfinal\n")]
    [InlineData("0\t1\t\ta\n")]
    public void A_malformed_line_is_rejected_with_file_and_line(string badLine)
    {
        var error = Assert.Throws<LangExpandException>(() => Att("0\t1\ta\ta\t0.0\t\n" + badLine + "1\n"));

        Assert.Equal((ErrorCode.MalformedLine, new SourceLocation("fixture.att", 2)), (error.Code, error.Location));
        Assert.StartsWith("fixture.att:2: ", error.Message);
    }

    [Fact]
    public void A_file_without_any_line_is_rejected()
    {
        var error = Assert.Throws<LangExpandException>(() => Att("\n"));

        Assert.Equal(ErrorCode.MalformedLine, error.Code);
    }
}
