using System.Globalization;
using LangExpand.Core.Annotated;
using LangExpand.Synthesis.Labelled;
using LangExpand.Synthesis.Substitution;
using LangExpand.Synthesis;
using LangExpand.Tagging;

namespace LangExpand.Pipeline.Steps;

/// <summary>
/// <c>synth-labelled</c>: each <c>--task-data</c> CoNLL-U file translated into the new language through the merged lexicon,
/// re-inflected from the inflection table and model when the pack has them: <c>synthetic/labelled/NAME.ISO.conllu</c> (the best
/// translation) and <c>--synth-samples</c> seeded sampled translations beside it (<c>NAME.ISO.sampleK.conllu</c>, seed + K), each
/// with its <c>.manifest.json</c> (see <c>langexpand synth labelled</c>).
/// </summary>
public sealed class LabelledSynthesisStep : IPipelineStep
{
    /// <summary>The pack directory of synthetic labelled data.</summary>
    public const string Output = "synthetic/labelled";

    /// <inheritdoc />
    public string Name => "synth-labelled";

    /// <summary>
    /// Every sentence of the step's output directory <paramref name="directory"/> with words, labelled <c>UPOS|FEATS</c>, files in
    /// ordinal order: the training data of the task model and of its peers.
    /// </summary>
    public static IReadOnlyList<TaggedSentence> Sentences(string directory) =>
        [.. Directory.GetFiles(directory, "*.conllu").Order(StringComparer.Ordinal).SelectMany(TaggedConllu.Read).Where(s => s.Tokens.Count > 0)];

    /// <inheritdoc />
    public StepPlan? Plan(PackContext context)
    {
        var request = context.Request;
        if (request.TaskData.Count == 0 || !context.Produces(MergeLexiconStep.Output))
        {
            return null;
        }
        var inputs = request.TaskData.Select((t, k) => StepInput.User($"task_data[{k}]", t)).ToList();
        inputs.AddRange(new[] { MergeLexiconStep.Output, InflectionDataStep.Output, InflectionModelStep.Output }.Where(context.Produces).Select(StepInput.Pack));
        var options = new Dictionary<string, string>
        {
            ["source"] = request.Source.Iso639_3, ["target"] = request.Language.Iso639_3, ["choice"] = "best",
            ["seed"] = request.Seed.ToString(CultureInfo.InvariantCulture),
        };
        if (!request.Reinflect)
        {
            options["reinflect"] = "false";
        }
        if (request.SynthSamples > 0)
        {
            options["samples"] = request.SynthSamples.ToString(CultureInfo.InvariantCulture);
        }
        return new StepPlan(inputs, options, [Output]);
    }

    /// <inheritdoc />
    public StepOutcome Run(StepRun run)
    {
        var (context, request) = (run.Context, run.Context.Request);
        var paradigms = context.Produces(InflectionDataStep.Output) ? context.PackPath(InflectionDataStep.File(context, "trn")) : null;
        var model = context.Produces(InflectionModelStep.Output) ? context.PackPath(InflectionModelStep.Output) : null;
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var metrics = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var choices = Enumerable.Range(1, request.SynthSamples).Select(s => ($".sample{s}", new ChoicePolicy(ChoiceKind.Sample, request.Seed + s, 1)))
            .Prepend(("", new ChoicePolicy(ChoiceKind.Best, request.Seed, 1)));
        foreach (var ((k, task), (suffix, choice)) in request.TaskData.Index().SelectMany(t => choices.Select(c => (t, c))))
        {
            var name = $"{Path.GetFileNameWithoutExtension(task)}.{request.Language.Iso639_3}{suffix}.conllu";
            run.Progress.Report($"synthesising {name}");
            var job = new LabelledSynthesisJob(request.Source, request.Language, context.PackPath(MergeLexiconStep.Output), run.Input($"task_data[{k}]"),
                run.Output($"{Output}/{name}"), paradigms, model, new LabelledSynthesisOptions(choice, 0, request.Reinflect))
            {
                InflectorKinds = request.InflectionKinds,
            };
            var statistics = SynthesisTasks.Labelled(job);
            counts[$"sentences.{name}"] = statistics.SentencesOut;
            counts[$"words.{name}"] = statistics.Words;
            counts[$"substituted.{name}"] = statistics.Substituted;
            metrics[$"coverage.{name}"] = Math.Round(100 * statistics.Coverage, 4);
        }
        return new StepOutcome(counts, metrics);
    }
}
