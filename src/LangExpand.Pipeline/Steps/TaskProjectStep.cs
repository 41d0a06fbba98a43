using System.Globalization;
using LangExpand.Parallel.Alignment;
using LangExpand.Parallel.Text;
using LangExpand.Tagging.Projection;

namespace LangExpand.Pipeline.Steps;

/// <summary>
/// <c>task-project</c>: UPOS projected through the parallel text onto real target-language sentences
/// (<c>task/projected.conllu</c>; <see cref="TagProjection"/>): a perceptron trained on the CoNLL-U task data tags the
/// source side of the training verses (the held-out verses are never read), both sides are word-aligned, and the tags
/// cross the links, filtered by word type. The words carry UPOS only (partial labels, MISC <c>Labelled=Upos</c>); the peers
/// and the encoder's <c>synthetic_projected</c> stage train on them beside the synthetic data. Torch-free.
/// </summary>
public sealed class TaskProjectStep : IPipelineStep
{
    /// <summary>The pack path of the projected sentences.</summary>
    public const string Output = "task/projected.conllu";

    /// <inheritdoc />
    public string Name => "task-project";

    /// <inheritdoc />
    public StepPlan? Plan(PackContext context)
    {
        var request = context.Request;
        var sourceData = request.TaskData.Where(IsConllu).ToList();
        if (request.Parallel.Count == 0 || sourceData.Count == 0 || !context.Produces(LabelledSynthesisStep.Output))
        {
            return null;
        }
        var inputs = sourceData.Select((t, k) => StepInput.User($"source_data[{k}]", t)).ToList();
        inputs.AddRange(request.ParallelBibles
            ? [StepInput.Pack(HoldOutStep.Train(request.Source)), StepInput.Pack(HoldOutStep.Train(request.Language))]
            : request.Parallel.Select((p, k) => StepInput.User($"parallel[{k}]", p.Path!)));
        var defaults = new ProjectionOptions(Seed: request.Seed);
        var options = new Dictionary<string, string>
        {
            ["min_labelled_share"] = defaults.MinLabelledShare.ToString("R", CultureInfo.InvariantCulture),
            ["type_min_count"] = defaults.TypeMinCount.ToString(CultureInfo.InvariantCulture),
            ["type_min_share"] = defaults.TypeMinShare.ToString("R", CultureInfo.InvariantCulture),
            ["seed"] = request.Seed.ToString(CultureInfo.InvariantCulture), ["alignment"] = $"both directions, grow-diag-final-and, lower-cased; {new AlignmentOptions().Describe()}",
        };
        return new StepPlan(inputs, options, [Output]);
    }

    /// <inheritdoc />
    public StepOutcome Run(StepRun run)
    {
        var sourceData = run.Plan.Inputs.Where(i => i.Name.StartsWith("source_data", StringComparison.Ordinal)).Select(i => run.Input(i.Name)).ToList();
        var parallel = run.Plan.Inputs.Where(i => !i.Name.StartsWith("source_data", StringComparison.Ordinal)).Select(i => run.Input(i.Name)).ToList();
        var format = run.Context.Request.ParallelBibles ? ParallelFormat.VerseTsv : (ParallelFormat?)null;
        run.Progress.Report($"projecting the UPOS of {sourceData.Count} task file(s) through the parallel text");
        var summary = TagProjection.ProjectFiles(sourceData, parallel, run.Output(Output), new ProjectionOptions(Seed: run.Context.Request.Seed), format);
        var counts = new Dictionary<string, long> { ["pairs"] = summary.Pairs, ["sentences"] = summary.Sentences, ["words"] = summary.Words, ["labelled_words"] = summary.Labelled };
        var metrics = new Dictionary<string, double> { ["labelled_percent"] = summary.Words == 0 ? 0 : Math.Round(100.0 * summary.Labelled / summary.Words, 4) };
        return new StepOutcome(counts, metrics);
    }

    private static bool IsConllu(string path) => path.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase);
}
