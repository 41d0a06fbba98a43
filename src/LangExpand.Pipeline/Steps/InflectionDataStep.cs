using LangExpand.Core.Inflection;
using LangExpand.Morphology.Apertium;
using LangExpand.Morphology.Data;
using LangExpand.Pipeline.External;
using LangExpand.Pipeline.Requests;

namespace LangExpand.Pipeline.Steps;

/// <summary>
/// <c>inflection-data</c>: the new language's inflection table split by lemma into <c>inflection/data/ISO.trn|dev|tst</c>
/// (SIGMORPHON 2023 columns; seeded). From a UniMorph/SIGMORPHON file, or from an Apertium pair's generator
/// (<c>--unimorph apertium:PAIR</c>, printed with <c>lt-print</c> and imported like <c>inflect import-apertium</c>).
/// </summary>
public sealed class InflectionDataStep : IPipelineStep
{
    /// <summary>The pack directory of the split data.</summary>
    public const string Output = "inflection/data";

    /// <summary>The pack path of split <paramref name="extension"/> (<c>trn</c>, <c>dev</c>, <c>tst</c>) for <paramref name="context"/>'s language.</summary>
    public static string File(PackContext context, string extension) => $"{Output}/{context.Request.Language.Iso639_3}.{extension}";

    /// <inheritdoc />
    public string Name => "inflection-data";

    /// <inheritdoc />
    public StepPlan? Plan(PackContext context)
    {
        var request = context.Request;
        if (request.UniMorph is not { } unimorph)
        {
            return null;
        }
        var path = request.UniMorphFromApertium ? ApertiumPairs.Locate(Pair(request), "autogen") : unimorph;
        return new StepPlan([StepInput.User("unimorph", path)], new Dictionary<string, string>
        {
            ["language"] = request.Language.Iso639_3,
            ["source"] = request.UniMorphFromApertium ? unimorph : "file",
            ["seed"] = request.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["max_train"] = request.MaxTrain.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, [Output]);
    }

    /// <inheritdoc />
    public StepOutcome Run(StepRun run)
    {
        var request = run.Context.Request;
        var split = new SplitOptions(request.Seed, null, request.MaxTrain);
        var parts = request.UniMorphFromApertium ? FromApertium(run, Pair(request), split) : LemmaSplit.Split(FromFile(run.Input("unimorph")), split);
        Write(run, "trn", parts.Train);
        Write(run, "dev", parts.Dev);
        Write(run, "tst", parts.Test);
        return StepOutcome.Of(new Dictionary<string, long> { ["train"] = parts.Train.Count, ["dev"] = parts.Dev.Count, ["test"] = parts.Test.Count });
    }

    private static string Pair(PackRequest request) => request.UniMorph![LexiconSpec.ApertiumPrefix.Length..];

    private static List<InflectionTriple> FromFile(string path) => [.. InflectionReader.Read(path).Triples.Where(t => t.Form is not null)];

    private static InflectionSplit FromApertium(StepRun run, string pair, SplitOptions split)
    {
        var att = run.Output($".work/{pair}.autogen.att");
        run.Progress.Report($"lt-print {pair}.autogen.bin");
        ExternalProgram.RunToFile("lt-print", [ApertiumPairs.Locate(pair, "autogen")], att, "apt-get install lttoolbox-dev");
        run.Progress.Report("reading the generator's paths");
        var work = run.Output(".work/apertium-data/x");
        return ApertiumInflectionData.Export(new ApertiumExportOptions(att, run.Context.Request.Language.Iso639_3, Path.GetDirectoryName(work)!, Split: split)).Split;
    }

    private static void Write(StepRun run, string extension, IReadOnlyList<InflectionTriple> examples)
    {
        var path = run.Output(File(run.Context, extension));
        InflectionWriter.Write(InflectionDataset.FromTriples(InflectionFormat.Sigmorphon2023, examples, path), path);
    }
}
