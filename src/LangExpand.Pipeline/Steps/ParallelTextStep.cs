using LangExpand.Core.Languages;
using LangExpand.Parallel.Verses;
using LangExpand.Pipeline.Requests;

namespace LangExpand.Pipeline.Steps;

/// <summary>
/// <c>parallel-text</c>: when the parallel text is two Bibles (SWORD modules, CES XML or verse TSV, in any mix), writes
/// both as verse TSV, <c>parallel/SRC.verses.tsv</c> and <c>parallel/TGT.verses.tsv</c>; SWORD modules are exported with
/// <c>diatheke</c> and read by <see cref="DiathekePlainReader"/>.
/// </summary>
public sealed class ParallelTextStep : IPipelineStep
{
    /// <summary>The pack path of one side's verses.</summary>
    public static string Output(LanguageCode language) => $"parallel/{language.Iso639_3}.verses.tsv";

    /// <inheritdoc />
    public string Name => "parallel-text";

    /// <inheritdoc />
    public StepPlan? Plan(PackContext context)
    {
        var request = context.Request;
        if (!request.ParallelBibles)
        {
            return null;
        }
        var inputs = request.Parallel.Select((p, k) => StepInput.User($"parallel[{k}]", p.Path ?? SwordModules.DataDirectory(p.SwordModule!))).ToList();
        var options = request.Parallel.Select((p, k) => KeyValuePair.Create($"parallel[{k}]", p.SwordModule is { } m ? "sword:" + m : "file")).ToDictionary();
        return new StepPlan(inputs, options, [Output(request.Source), Output(request.Language)]);
    }

    /// <inheritdoc />
    public StepOutcome Run(StepRun run)
    {
        var request = run.Context.Request;
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (k, (spec, language)) in request.Parallel.Zip([request.Source, request.Language]).Index())
        {
            run.Progress.Report($"reading {spec.Text}");
            var bible = spec.SwordModule is { } module ? Export(run, module, language) : BibleFiles.Read(run.Input($"parallel[{k}]"), language);
            var verses = bible.Verses.Where(v => v.Text.Length > 0).ToList();
            var source = spec.SwordModule is { } m ? SwordModules.Describe(m) : Path.GetFileName(spec.Path!);
            VerseTsvWriter.Write(run.Output(Output(language)), verses, $"{source}; header language code: {language.Iso639_3}");
            counts[$"verses.{language.Iso639_3}"] = verses.Count;
        }
        return StepOutcome.Of(counts);
    }

    private static Bible Export(StepRun run, string module, LanguageCode language)
    {
        var text = run.Output($".work/{module}.txt");
        SwordModules.Export(module, text);
        return DiathekePlainReader.Read(text, language);
    }
}
