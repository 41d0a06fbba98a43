using LangExpand.Adaptation.Corpus;
using LangExpand.Core.Diagnostics;
using LangExpand.TestKit;

namespace LangExpand.Adaptation.Tests.Corpus;

public sealed class VersePairsTests
{
    [Fact]
    public void Training_pairs_and_translation_lines_leave_out_the_targets_held_out_verses_and_pair_by_id()
    {
        using var scratch = new ScratchDirectory();
        var source = scratch.Write("en.tsv", "b.MAT.1.1\tone\nb.MAT.1.3\tthree\nb.MAT.1.4\tfour\n");
        var target = scratch.Write("xx.tsv", "b.MAT.1.1\tuno\nb.MAT.1.2\tdos\nb.MAT.1.3\ttres\nb.MAT.1.4\tcuatro\n");
        Assert.Equal([("one", "uno"), ("three", "tres")], VersePairs.Training(source, target, heldOutLast: 1).Select(p => (p.Source, p.Target)));
        Assert.Equal(["one", "uno", "dos", "three", "tres"], VersePairs.TranslationLines(source, target, heldOutLast: 1));
    }

    [Fact]
    public void With_a_parallel_source_bibles_are_read_as_translation_lines_and_plain_text_as_it_is()
    {
        using var scratch = new ScratchDirectory();
        var source = scratch.Write("en.tsv", "b.MAT.1.1\tone\nb.MAT.1.2\ttwo\n");
        var target = scratch.Write("xx.tsv", "b.MAT.1.1\tuno\nb.MAT.1.2\tdos\n");
        var plain = scratch.Write("mono.txt", "hola\nadios\n");
        Assert.Equal(["one", "uno", "hola"], TextCorpus.ReadAll([target, plain], heldOutLast: 1, parallelSource: source));
        Assert.Equal(["uno", "hola"], TextCorpus.ReadAll([target, plain], heldOutLast: 1));
    }

    [Fact]
    public void Pairs_come_from_the_bibles_among_the_target_texts_and_plain_text_alone_is_refused()
    {
        using var scratch = new ScratchDirectory();
        var source = scratch.Write("en.tsv", "b.MAT.1.1\tone\nb.MAT.1.2\ttwo\n");
        var target = scratch.Write("xx.tsv", "b.MAT.1.1\tuno\nb.MAT.1.2\tdos\n");
        var plain = scratch.Write("mono.txt", "hola\nadios\n");
        Assert.Equal(["uno", "dos"], VersePairs.Training(source, [target, plain]).Select(p => p.Target));
        var error = Assert.Throws<LangExpandException>(() => VersePairs.Training(source, [plain]));
        Assert.Contains("no Bible to pair", error.Message);
    }
}
