using System.Text;
using LangExpand.Lexicons;

namespace LangExpand.Lexicons.Tests;

/// <summary>Small hand-made inputs and entries shared by the lexicon tests.</summary>
internal static class Fixtures
{
    /// <summary>A UTF-8 stream of <paramref name="text"/>.</summary>
    public static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    /// <summary>An imported entry valid both ways, with score 1, from <paramref name="resource"/> at <paramref name="line"/>.</summary>
    public static LexiconEntry Entry(string source, string target, int line = 1, string resource = "test.tsv") =>
        LexiconEntry.Imported(new LexiconSide(source), new LexiconSide(target), new LexiconProvenance(resource, line));

    /// <summary>Entries that use every field of the schema: multiword text, tags, every direction and origin, odd scores.</summary>
    public static IReadOnlyList<LexiconEntry> Varied { get; } =
    [
        new(new LexiconSide("etxe", "n"), new LexiconSide("house", "n", ["ND"]), 1, LexiconDirection.Both, new LexiconProvenance("apertium-eu-en.eu-en.dix", 11322)),
        new(new LexiconSide("etxe", "n"), new LexiconSide("home", "n", ["ND"]), 1, LexiconDirection.TargetToSource, new LexiconProvenance("apertium-eu-en.eu-en.dix", 11323)),
        new(new LexiconSide(" town  hall "), new LexiconSide("udaletxe"), 0.1 + 0.2, LexiconDirection.SourceToTarget, new LexiconProvenance("apertium:eng-spa")),
        new(new LexiconSide("casa", "n", ["f", "sg"]), new LexiconSide("house"), 1e-7, LexiconDirection.Both, new LexiconProvenance("align run 3", 7, LexiconOrigin.Induced)),
        new(new LexiconSide("Ærø|x"), new LexiconSide("𝔸 \"quoted\""), -2.5, LexiconDirection.Both, new LexiconProvenance("wiki.jsonl", 2)),
    ];
}
