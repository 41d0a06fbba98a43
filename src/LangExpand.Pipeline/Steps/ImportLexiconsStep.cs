using LangExpand.Lexicons;
using LangExpand.Lexicons.Formats;
using LangExpand.Pipeline.External;
using LangExpand.Pipeline.Requests;

namespace LangExpand.Pipeline.Steps;

/// <summary>
/// <c>import-lexicons</c>: each <c>--lexicon</c> into lexicon TSV, <c>lexicon/imported/NN-LABEL.tsv</c> (NN keeps the
/// given priority). Apertium pairs are printed with <c>lt-print</c> first; <c>reverse:</c> swaps sides.
/// </summary>
public sealed class ImportLexiconsStep : IPipelineStep
{
    /// <summary>The pack directory of imported lexicons.</summary>
    public const string Output = "lexicon/imported";

    /// <inheritdoc />
    public string Name => "import-lexicons";

    /// <inheritdoc />
    public StepPlan? Plan(PackContext context)
    {
        var lexicons = context.Request.Lexicons;
        if (lexicons.Count == 0)
        {
            return null;
        }
        var inputs = lexicons.Select((l, k) => StepInput.User($"lexicon[{k}]", l.Path ?? ApertiumPairs.Locate(l.ApertiumPair!, "autobil"))).ToList();
        var options = lexicons.Select((l, k) => KeyValuePair.Create($"lexicon[{k}]", Describe(l))).ToDictionary();
        return new StepPlan(inputs, options, [Output]);
    }

    /// <inheritdoc />
    public StepOutcome Run(StepRun run)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (k, lexicon) in run.Context.Request.Lexicons.Index())
        {
            var file = $"{k:D2}-{lexicon.Label}.tsv";
            var output = run.Output($"{Output}/{file}");
            run.Progress.Report($"importing {lexicon.Text}");
            counts[$"entries.{file}"] = lexicon.ApertiumPair is { } pair ? ImportPair(run, pair, output) : ImportFile(run.Input($"lexicon[{k}]"), lexicon, output);
        }
        return StepOutcome.Of(counts);
    }

    private static int ImportPair(StepRun run, string pair, string output)
    {
        var att = run.Output($".work/{pair}.autobil.att");
        ExternalProgram.RunToFile("lt-print", [ApertiumPairs.Locate(pair, "autobil")], att, "apt-get install lttoolbox-dev");
        return LexiconTasks.Import(new LexiconImportOptions(LexiconFormat.ApertiumAtt, [att], output, Resource: $"apertium:{pair}"));
    }

    private static int ImportFile(string path, LexiconSpec lexicon, string output)
    {
        var resource = Path.GetFileName(path);
        if (!lexicon.Reverse)
        {
            return LexiconTasks.Import(new LexiconImportOptions(lexicon.Format, [path], output, Resource: resource));
        }
        var forward = output + ".forward";
        LexiconTasks.Import(new LexiconImportOptions(lexicon.Format, [path], forward, Resource: resource));
        var written = LexiconTsvWriter.Write(LexiconTsvReader.Read(forward).Select(Swap), output);
        File.Delete(forward);
        return written;
    }

    private static LexiconEntry Swap(LexiconEntry entry) => new(entry.Target, entry.Source, entry.Score, entry.Direction switch
    {
        LexiconDirection.SourceToTarget => LexiconDirection.TargetToSource,
        LexiconDirection.TargetToSource => LexiconDirection.SourceToTarget,
        _ => LexiconDirection.Both,
    }, entry.Provenance);

    private static string Describe(LexiconSpec lexicon) =>
        $"{LexiconFormats.All.First(f => f.Format == lexicon.Format).Name}{(lexicon.Reverse ? " reversed" : "")} {lexicon.Label}";
}
