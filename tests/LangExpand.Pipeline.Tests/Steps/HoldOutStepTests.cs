using LangExpand.TestKit;

namespace LangExpand.Pipeline.Tests.Steps;

/// <summary>The hold-out step on the tiny inputs, without the encoder steps.</summary>
public sealed class HoldOutStepTests
{
    [Fact]
    public void Held_out_verses_are_in_no_training_text()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.WithoutAdaptation(TinyLanguage.WriteWithAdaptation(scratch));
        LanguagePacks.Add(settings, new RecordingProgress());
        var heldOut = File.ReadAllLines(Path.Combine(settings.Out!, "parallel/heldout/spa.verses.tsv")).Where(l => l.StartsWith('b')).Select(l => l.Split('\t')[0]).ToList();
        Assert.Equal(["b.GEN.1.9", "b.GEN.1.10", "b.GEN.1.11", "b.GEN.1.12"], heldOut);
        foreach (var side in new[] { "eng", "spa" })
        {
            var train = File.ReadAllText(Path.Combine(settings.Out!, $"parallel/train/{side}.verses.tsv"));
            Assert.All(heldOut, id => Assert.DoesNotContain(id + "\t", train, StringComparison.Ordinal));
        }
        // Plain source text has no lemmas and no source analyser is given, so "sings" comes out as the lexicon's lemma.
        Assert.Equal(["el perro corre", "el gato cantar"], File.ReadAllLines(Path.Combine(settings.Out!, "synthetic/mono.txt")));
    }
}
