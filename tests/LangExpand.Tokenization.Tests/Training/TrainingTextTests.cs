using LangExpand.TestKit;
using LangExpand.Tokenization.Training;

namespace LangExpand.Tokenization.Tests.Training;

public class TrainingTextTests
{
    [Fact]
    public void A_tsv_column_is_read_and_comment_lines_are_skipped()
    {
        using var scratch = new ScratchDirectory();
        var path = scratch.Write("nt.tsv", "# source: test\nb.MAT.1.1\tIn the beginning\nb.MAT.1.2\tand then\nbroken\n");
        Assert.Equal(["In the beginning", "and then"], TrainingText.ReadLines(path, tsvColumn: 2));
        Assert.Equal(4, TrainingText.ReadLines(path).Count());
    }
}
