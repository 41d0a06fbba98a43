using LangExpand.Core.IO;

namespace LangExpand.Core.Tests.IO;

public sealed class C1ControlsTests
{
    [Theory]
    [InlineData("it\u0092s", "it’s")]
    [InlineData("a \u0096 b \u0093q\u0094", "a – b “q”")]
    [InlineData("x\u0081y\u009dz", "xyz")]
    [InlineData("plain’ text", "plain’ text")]
    public void C1_controls_are_read_as_Windows_1252_and_its_undefined_bytes_dropped(string text, string repaired)
    {
        Assert.Equal(repaired, C1Controls.Repair(text));
        Assert.False(C1Controls.Any(C1Controls.Repair(text)));
    }

    [Fact]
    public void Text_without_C1_controls_is_returned_as_it_is() => Assert.Same("abc", C1Controls.Repair("abc"));
}
