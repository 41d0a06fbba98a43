using System.Globalization;
using LangExpand.Core.IO;
using LangExpand.Parallel.Verses;
using LangExpand.Synthesis;
using LangExpand.Synthesis.Monolingual;
using LangExpand.Synthesis.Substitution;

namespace LangExpand.Pipeline.Steps;

/// <summary>
/// <c>synth-mono</c>: pseudo-monolingual text of the new language, <c>synthetic/mono.txt</c> (and its <c>.manifest.json</c>;
/// see <c>langexpand synth mono</c>): the source side of the training verses (or <c>--mono-text</c>) translated through the
/// merged lexicon, re-inflected from the inflection table and model when the pack has them. Best translation, seeded;
/// sentences need 3 substituted words and half their words translated.
/// </summary>
public sealed class MonoSynthesisStep : IPipelineStep
{
    /// <summary>The pack path of the synthetic text.</summary>
    public const string Output = "synthetic/mono.txt";

    /// <inheritdoc />
    public string Name => "synth-mono";

    /// <inheritdoc />
    public StepPlan? Plan(PackContext context)
    {
        var request = context.Request;
        var source = request.MonoText is { } text ? StepInput.User("mono_text", text)
            : context.Produces(HoldOutStep.Train(request.Source)) ? StepInput.Pack(HoldOutStep.Train(request.Source)) : null;
        if (source is null || !context.Produces(MergeLexiconStep.Output))
        {
            return null;
        }
        var inputs = new List<StepInput> { source };
        inputs.AddRange(new[] { MergeLexiconStep.Output, InflectionDataStep.Output, InflectionModelStep.Output }.Where(context.Produces).Select(StepInput.Pack));
        var defaults = Options(request.Seed);
        var options = new Dictionary<string, string>
        {
            ["source"] = request.Source.Iso639_3, ["target"] = request.Language.Iso639_3, ["choice"] = "best",
            ["seed"] = request.Seed.ToString(CultureInfo.InvariantCulture),
            ["min_substituted"] = defaults.MinSubstituted.ToString(CultureInfo.InvariantCulture),
            ["min_coverage"] = defaults.MinCoverage.ToString(CultureInfo.InvariantCulture),
        };
        return new StepPlan(inputs, options, [Output, Output + SynthesisTasks.ManifestSuffix]);
    }

    /// <inheritdoc />
    public StepOutcome Run(StepRun run)
    {
        var (context, request) = (run.Context, run.Context.Request);
        var input = request.MonoText is not null ? run.Input("mono_text") : SourceLines(run);
        var resources = new SynthesisResourceFiles(context.PackPath(MergeLexiconStep.Output),
            context.Produces(InflectionDataStep.Output) ? context.PackPath(InflectionDataStep.File(context, "trn")) : null,
            context.Produces(InflectionModelStep.Output) ? context.PackPath(InflectionModelStep.Output) : null, null);
        run.Progress.Report("synthesising pseudo-monolingual text");
        var statistics = SynthesisTasks.Monolingual(new MonolingualSynthesisJob(request.Source, request.Language, resources, input, run.Output(Output), Options(request.Seed)));
        return new StepOutcome(new Dictionary<string, long>
        {
            ["sentences_in"] = statistics.SentencesIn, ["sentences_out"] = statistics.SentencesOut, ["words"] = statistics.Words, ["substituted"] = statistics.Substituted,
        }, new Dictionary<string, double> { ["coverage"] = Math.Round(100 * statistics.Coverage, 4) });
    }

    private static MonolingualOptions Options(int seed) => new(new ChoicePolicy(ChoiceKind.Best, seed, 1));

    /// <summary>The training verses' source side as plain text, one verse per line, in a scratch file.</summary>
    private static string SourceLines(StepRun run)
    {
        var path = run.Output(".work/source.txt");
        var verses = VerseTsvReader.Read(run.Input(HoldOutStep.Train(run.Context.Request.Source))).Verses;
        AtomicFile.WriteText(path, writer =>
        {
            foreach (var verse in verses.Where(v => v.Text.Length > 0))
            {
                writer.Write(verse.Text);
                writer.Write('\n');
            }
        });
        return path;
    }
}
