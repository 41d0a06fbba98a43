using LangExpand.Lexicons;
using LangExpand.Lexicons.Merging;

namespace LangExpand.Pipeline.Steps;

/// <summary>
/// <c>merge-lexicon</c>: the imported lexicons (in priority order) and the induced one merged into <c>lexicon/merged.tsv</c>
/// (lexicon TSV), dropping numerals and punctuation.
/// </summary>
public sealed class MergeLexiconStep : IPipelineStep
{
    /// <summary>The pack path of the merged lexicon.</summary>
    public const string Output = "lexicon/merged.tsv";

    private static readonly LexiconFilter Filter = new(Drop: LexiconDrops.Numerals | LexiconDrops.Punctuation);

    /// <inheritdoc />
    public string Name => "merge-lexicon";

    /// <inheritdoc />
    public StepPlan? Plan(PackContext context)
    {
        var inputs = new[] { ImportLexiconsStep.Output, InduceLexiconStep.Output }.Where(context.Produces).Select(StepInput.Pack).ToList();
        return inputs.Count == 0 ? null : new StepPlan(inputs, new Dictionary<string, string> { ["drop"] = "numerals,punctuation" }, [Output]);
    }

    /// <inheritdoc />
    public StepOutcome Run(StepRun run)
    {
        var files = new List<string>();
        foreach (var input in run.Plan.Inputs)
        {
            var path = run.Input(input.Name);
            files.AddRange(Directory.Exists(path) ? Directory.EnumerateFiles(path, "*.tsv").Order(StringComparer.Ordinal) : [path]);
        }
        var result = LexiconTasks.Merge(new LexiconMergeOptions(files, run.Output(Output), Filter));
        return StepOutcome.Of(new Dictionary<string, long>
        {
            ["read"] = result.Read, ["filtered_out"] = result.FilteredOut, ["duplicates_merged"] = result.DuplicatesMerged, ["entries"] = result.Entries.Count,
        });
    }
}
