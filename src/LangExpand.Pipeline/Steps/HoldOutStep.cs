using System.Globalization;
using LangExpand.Core.Languages;
using LangExpand.Parallel.Verses;

namespace LangExpand.Pipeline.Steps;

/// <summary>
/// <c>hold-out</c>: splits the two Bibles of <c>parallel-text</c> into training verses (<c>parallel/train/ISO.verses.tsv</c>,
/// read by every later training step) and the last <c>--heldout</c> verses both sides have, in source order (at most half of
/// them; <c>parallel/heldout/ISO.verses.tsv</c>), kept out of lexicon induction, synthesis, tokenizers and MLM for retrieval.
/// </summary>
public sealed class HoldOutStep : IPipelineStep
{
    /// <summary>The pack path of one side's training verses.</summary>
    public static string Train(LanguageCode language) => $"parallel/train/{language.Iso639_3}.verses.tsv";

    /// <summary>The pack path of one side's held-out verses.</summary>
    public static string HeldOut(LanguageCode language) => $"parallel/heldout/{language.Iso639_3}.verses.tsv";

    /// <inheritdoc />
    public string Name => "hold-out";

    /// <inheritdoc />
    public StepPlan? Plan(PackContext context)
    {
        var request = context.Request;
        if (!context.Produces(ParallelTextStep.Output(request.Source)))
        {
            return null;
        }
        return new StepPlan([StepInput.Pack(ParallelTextStep.Output(request.Source)), StepInput.Pack(ParallelTextStep.Output(request.Language))],
            new Dictionary<string, string> { ["heldout"] = request.HeldOut.ToString(CultureInfo.InvariantCulture), ["order"] = "last shared verses in source order" },
            [Train(request.Source), Train(request.Language), HeldOut(request.Source), HeldOut(request.Language)]);
    }

    /// <inheritdoc />
    public StepOutcome Run(StepRun run)
    {
        var request = run.Context.Request;
        var source = VerseTsvReader.Read(run.Input(ParallelTextStep.Output(request.Source))).Verses;
        var target = VerseTsvReader.Read(run.Input(ParallelTextStep.Output(request.Language))).Verses;
        var targetIds = target.Where(v => v.Text.Length > 0).Select(v => v.Id).ToHashSet(StringComparer.Ordinal);
        var shared = source.Where(v => v.Text.Length > 0 && targetIds.Contains(v.Id)).Select(v => v.Id).Distinct(StringComparer.Ordinal).ToList();
        var heldOut = shared.TakeLast(Math.Min(request.HeldOut, shared.Count / 2)).ToHashSet(StringComparer.Ordinal);
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal) { ["heldout_pairs"] = heldOut.Count };
        foreach (var (language, verses) in new[] { (request.Source, source), (request.Language, target) })
        {
            var comment = $"header language code: {language.Iso639_3}";
            VerseTsvWriter.Write(run.Output(Train(language)), verses.Where(v => !heldOut.Contains(v.Id)), comment);
            VerseTsvWriter.Write(run.Output(HeldOut(language)), verses.Where(v => heldOut.Contains(v.Id)), comment);
            counts[$"train_verses.{language.Iso639_3}"] = verses.Count(v => !heldOut.Contains(v.Id));
        }
        return StepOutcome.Of(counts);
    }
}
