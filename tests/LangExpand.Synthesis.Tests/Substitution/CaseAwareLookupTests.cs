using LangExpand.Lexicons;
using LangExpand.Synthesis.Substitution;

namespace LangExpand.Synthesis.Tests.Substitution;

public sealed class CaseAwareLookupTests
{
    private static LexiconEntry Entry(string source, string target, string? pos = null) =>
        new(new LexiconSide(source, pos), new LexiconSide(target, pos), 1, LexiconDirection.Both, new LexiconProvenance("test"));

    private static readonly TranslationIndex Index = new([Entry("Said", "Said", "np"), Entry("said", "dicho"), Entry("Bush", "Bush", "np"), Entry("New York", "Nueva York")]);

    [Fact]
    public void An_entry_written_with_capitals_matches_only_text_written_the_same_way()
    {
        Assert.Equal(["dicho"], Index.Match("said")!.Candidates.Select(c => c.Target.Text));
        Assert.Equal(["Said", "dicho"], Index.Match("Said")!.Candidates.Select(c => c.Target.Text));
        Assert.Null(Index.Match("bush"));
        Assert.NotNull(Index.Match("Bush"));
    }

    [Fact]
    public void Multi_word_entries_with_capitals_match_only_the_same_capitalisation()
    {
        Assert.Equal(2, Index.Match(["New", "York"], 0)!.Length);
        Assert.Null(Index.Match(["new", "york"], 0));
    }

    [Fact]
    public void Text_written_unlike_any_capitalised_entry_gets_one_shared_match()
    {
        Assert.Same(Index.Match("said"), Index.Match("SAID"));
        Assert.Same(Index.Match("Said"), Index.Match("Said"));
    }
}
