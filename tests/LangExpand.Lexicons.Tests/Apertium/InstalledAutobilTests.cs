using LangExpand.Lexicons.Apertium;
using LangExpand.TestKit;

namespace LangExpand.Lexicons.Tests.Apertium;

/// <summary>Reads Debian's compiled English–Spanish dictionary (<c>apt-get install lttoolbox-dev apertium-eng-spa</c>) where installed.</summary>
public sealed class InstalledAutobilTests : IDisposable
{
    private const string Binary = "/usr/share/apertium/apertium-eng-spa/eng-spa.autobil.bin";
    private readonly ScratchDirectory _scratch = new();

    [InstalledFact("lt-print", Binary)]
    public void The_english_spanish_dictionary_lists_its_words_and_multiwords_one_way()
    {
        var entries = AttLexiconReader.Read(LtPrint.ToAtt(Binary, _scratch));

        Assert.Contains(entries, e => e.Source == LexiconSide.FromTagged("house", ["n"]) && e.Target == LexiconSide.FromTagged("casa", ["n", "f"]));
        Assert.Contains(entries, e => e.Source.Text == "take into account" && e.Target.Text == "tener en cuenta" && e.Source.Pos == "vblex");
        Assert.True(entries.Count(e => !e.Source.Text.Any(char.IsDigit)) > 30_000, "the main section has over 30,000 words");
        Assert.All(entries, e => Assert.Equal((LexiconDirection.SourceToTarget, "apertium:eng-spa"), (e.Direction, e.Provenance.Resource)));
        Assert.DoesNotContain(entries, e => e.Source.Text.Contains('#') || e.Target.Text.Contains('#'));
    }

    public void Dispose() => _scratch.Dispose();
}
