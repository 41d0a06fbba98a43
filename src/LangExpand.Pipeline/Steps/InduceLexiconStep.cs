using LangExpand.Parallel;
using LangExpand.Parallel.Alignment;
using LangExpand.Parallel.Induction;
using LangExpand.Parallel.Text;

namespace LangExpand.Pipeline.Steps;

/// <summary>
/// <c>induce-lexicon</c>: word-aligns the parallel text (both directions, grow-diag-final-and) and induces a lexicon,
/// <c>lexicon/induced.tsv</c>; Bibles without their held-out verses (<see cref="HoldOutStep"/>). With inflection data, the new language's forms vote for their lemmas.
/// </summary>
public sealed class InduceLexiconStep : IPipelineStep
{
    /// <summary>The pack path of the induced lexicon.</summary>
    public const string Output = "lexicon/induced.tsv";

    /// <inheritdoc />
    public string Name => "induce-lexicon";

    /// <inheritdoc />
    public StepPlan? Plan(PackContext context)
    {
        var request = context.Request;
        if (request.Parallel.Count == 0)
        {
            return null;
        }
        var inputs = request.ParallelBibles
            ? [StepInput.Pack(HoldOutStep.Train(request.Source)), StepInput.Pack(HoldOutStep.Train(request.Language))]
            : request.Parallel.Select((p, k) => StepInput.User($"parallel[{k}]", p.Path!)).ToList();
        var lemmas = InflectionDataStep.File(context, "trn");
        if (context.Produces(InflectionDataStep.Output))
        {
            inputs.Add(StepInput.Pack(InflectionDataStep.Output));
        }
        var options = new Dictionary<string, string> { ["source"] = request.Source.Iso639_3, ["target"] = request.Language.Iso639_3, ["target_lemmas"] = context.Produces(InflectionDataStep.Output) ? lemmas : "none",
            ["alignment"] = new AlignmentOptions().Describe() };
        return new StepPlan(inputs, options, [Output]);
    }

    /// <inheritdoc />
    public StepOutcome Run(StepRun run)
    {
        var request = run.Context.Request;
        var parallel = run.Plan.Inputs.Where(i => i.Name != InflectionDataStep.Output).Select(i => run.Input(i.Name)).ToList();
        var align = new AlignFilesOptions(parallel, run.Output(Output))
        {
            Format = request.ParallelBibles ? ParallelFormat.VerseTsv : null,
            SourceLanguage = request.Source,
            TargetLanguage = request.Language,
        };
        var lemmas = run.Plan.Options["target_lemmas"] == "none" ? null : run.Context.PackPath(run.Plan.Options["target_lemmas"]);
        var entries = ParallelTasks.InduceLexicon(align, new InductionOptions(), targetLemmas: lemmas, progress: run.Progress);
        return StepOutcome.Of(new Dictionary<string, long> { ["entries"] = entries });
    }
}
