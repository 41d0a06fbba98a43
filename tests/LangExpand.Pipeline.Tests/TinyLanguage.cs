using LangExpand.Pipeline.Requests;
using LangExpand.TestKit;

namespace LangExpand.Pipeline.Tests;

/// <summary>Hand-made inputs for a Spanish pack from English: a lexicon, a verb table, two tiny Bibles and a CoNLL-U file.</summary>
internal static class TinyLanguage
{
    private static readonly string[] Stems = [.. from a in new[] { "b", "c", "d", "f", "g", "l", "m", "n" } from b in new[] { "al", "en", "il", "on", "ur" } select a + b];

    /// <summary>Writes the inputs into <paramref name="scratch"/> and returns settings that use them, the pack at <c>pack/</c>.</summary>
    public static PackSettings Write(ScratchDirectory scratch)
    {
        var lexicon = scratch.Write("eng-spa.tsv", "cat\tgato\ndog\tperro\nsing\tcantar\nrun\tcorrer\nthe\tel\nsee\tver\n");
        var table = scratch.Write("spa.unimorph", string.Concat(Stems.SelectMany(s => new[]
        {
            $"{s}ar\t{s}o\tV;IND;PRS;1;SG\n", $"{s}ar\t{s}as\tV;IND;PRS;2;SG\n", $"{s}ar\t{s}a\tV;IND;PRS;3;SG\n",
        })) + "cantar\tcanta\tV;IND;PRS;3;SG\ncantar\tcanto\tV;IND;PRS;1;SG\n");
        var english = scratch.Write("eng.verses.tsv", "# header language code: eng\n" + string.Concat(Enumerable.Range(1, 12).Select(k =>
            $"b.GEN.1.{k}\t{(k % 2 == 0 ? "the cat sings" : "the dog runs")}\n")));
        var spanish = scratch.Write("spa.verses.tsv", "# header language code: spa\n" + string.Concat(Enumerable.Range(1, 12).Select(k =>
            $"b.GEN.1.{k}\t{(k % 2 == 0 ? "el gato canta" : "el perro corre")}\n")));
        var task = scratch.Write("task.conllu",
            "# text = The cat sings\n1\tThe\tthe\tDET\t_\t_\t2\tdet\t_\t_\n2\tcat\tcat\tNOUN\t_\tNumber=Sing\t3\tnsubj\t_\t_\n3\tsings\tsing\tVERB\t_\tMood=Ind|Number=Sing|Person=3|Tense=Pres\t0\troot\t_\t_\n\n"
            + "# text = The dog runs\n1\tThe\tthe\tDET\t_\t_\t2\tdet\t_\t_\n2\tdog\tdog\tNOUN\t_\tNumber=Sing\t3\tnsubj\t_\t_\n3\truns\trun\tVERB\t_\tMood=Ind|Number=Sing|Person=3|Tense=Pres\t0\troot\t_\t_\n\n");
        return new PackSettings
        {
            Language = "spa", From = "eng", Lexicons = [lexicon], UniMorph = table, Parallel = [english, spanish], TaskData = [task], Out = scratch.Path("pack"), Seed = 3,
            NoAdapt = true,
        };
    }

    /// <summary>Adaptation <paramref name="settings"/> with the encoder steps off (<c>--no-adapt</c>) and their options removed, held-out verses kept.</summary>
    public static PackSettings WithoutAdaptation(PackSettings settings) =>
        settings with { NoAdapt = true, TargetUd = null, Preset = null, PretrainSteps = null, AdaptSteps = null, PosSteps = null, TaskSteps = null, TargetTest = null, TargetDev = null, Device = null };

    /// <summary>
    /// The same inputs with the encoder steps on: the tiny preset and a few steps of each training, 4 held-out verses and a
    /// Spanish UD file for POS transfer (seconds).
    /// </summary>
    public static PackSettings WriteWithAdaptation(ScratchDirectory scratch) => Write(scratch) with
    {
        NoAdapt = null, Preset = "tiny", PretrainSteps = 6, AdaptSteps = 4, PosSteps = 3, HeldOut = 4, TaskSteps = 3,
        TargetUd = scratch.Write("spa.conllu", SpanishGold),
        TargetTest = scratch.Write("spa-test.conllu", SpanishGold),
        TargetDev = scratch.Write("spa-dev.conllu", SpanishGold),
    };

    private const string SpanishGold =
        "# text = el gato canta\n1\tel\tel\tDET\t_\t_\t2\tdet\t_\t_\n2\tgato\tgato\tNOUN\t_\tGender=Masc|Number=Sing\t3\tnsubj\t_\t_\n"
        + "3\tcanta\tcantar\tVERB\t_\tMood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin\t0\troot\t_\t_\n\n";

    /// <summary>Every file of a pack (relative path → bytes), with the manifest's timings cut off.</summary>
    public static SortedDictionary<string, string> Snapshot(string pack) => new(
        Directory.EnumerateFiles(pack, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(pack, f),
            f => Path.GetFileName(f) == PackLayout.Manifest ? WithoutTimings(File.ReadAllText(f)) : Convert.ToHexString(File.ReadAllBytes(f))),
        StringComparer.Ordinal);

    /// <summary>The manifest text up to its <c>timings:</c> section (the last).</summary>
    public static string WithoutTimings(string manifest) => manifest[..manifest.IndexOf("\ntimings:", StringComparison.Ordinal)];
}
