using LangExpand.Core.Annotated;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;
using LangExpand.Core.Languages;
using LangExpand.Lexicons;
using LangExpand.Morphology.Data;
using LangExpand.Parallel.Text;
using LangExpand.Pipeline.External;
using LangExpand.Pipeline.Steps;

namespace LangExpand.Pipeline.Requests;

/// <summary>
/// Turns <see cref="PackSettings"/> into a <see cref="PackRequest"/>, checking everything before any work: language codes
/// (<c>LE1007</c>), that every file and installed resource exists (<c>LE1006</c>), and that every input file parses from
/// its first line to its last (lexicons, inflection data, parallel text, CoNLL-U), so a bad line stops the run at once with
/// the file and line. Inputs that only one step reads (the encoder's base model, the target UD file) are that step's to
/// check (<see cref="IValidatingStep"/>), before the output directory is.
/// </summary>
public static class RequestValidator
{
    /// <summary>Default sampled translations of each task-data file (Spanish dev half: the perceptron peer 68.5 → 75.9 UPOS with 3).</summary>
    public const int DefaultSynthSamples = 3;

    /// <summary>Default most inflection training examples.</summary>
    public const int DefaultMaxTrain = 10_000;

    /// <summary>
    /// Validates <paramref name="settings"/> for the pipeline <paramref name="steps"/> (their names for <c>--force</c>; each
    /// <see cref="IValidatingStep"/> checks its own inputs).
    /// </summary>
    public static PackRequest Validate(PackSettings settings, IReadOnlyList<IPipelineStep> steps)
    {
        var stepNames = steps.Select(s => s.Name).ToList();
        var language = LanguageCode.Parse(settings.Language ?? throw Option("no language given", "add-language ISO, or 'language:' in the config"));
        var source = LanguageCode.Parse(settings.From ?? throw Option("no source language given", "--from ISO, or 'from:' in the config"));
        if (language == source)
        {
            throw Option($"the new language and --from are both {language.Iso639_3}", "two different languages");
        }
        var unknown = settings.Force.FirstOrDefault(f => !stepNames.Contains(f, StringComparer.Ordinal));
        if (unknown is not null)
        {
            throw Option($"--force {unknown}: no such step", string.Join(", ", stepNames));
        }
        var lexicons = settings.Lexicons.Select(LexiconSpec.Parse).ToList();
        var parallel = settings.Parallel.Select(ParallelSpec.Parse).ToList();
        var request = new PackRequest(language, source, lexicons, settings.UniMorph, parallel, settings.BaseModel, settings.TaskData,
            settings.Out ?? Path.Combine("packs", language.Iso639_3), settings.Seed ?? 1, AtLeast(settings.MaxTrain ?? DefaultMaxTrain, 1, "--max-train"), settings.Force,
            settings.MonoText, AtLeast(settings.HeldOut ?? AdaptationRequest.DefaultHeldOut, 2, "--heldout"), AdaptationSettings.Validate(settings))
        {
            MonoSynthetic = settings.MonoSynthetic, TargetTest = settings.TargetTest, TargetDev = settings.TargetDev, Reinflect = settings.NoReinflect != true,
            SynthSamples = AtLeast(settings.SynthSamples ?? DefaultSynthSamples, 0, "--synth-samples"),
        };
        CheckInputs(request);
        foreach (var step in steps.OfType<IValidatingStep>())
        {
            step.Validate(request);
        }
        CheckOutput(request);
        return request;
    }

    private static void CheckInputs(PackRequest request)
    {
        if (request.Lexicons.Count == 0 && request.UniMorph is null && request.Parallel.Count == 0 && request.TaskData.Count == 0 && request.MonoText is null)
        {
            throw Option("nothing to build a pack from", "at least one of --lexicon, --unimorph, --parallel, --task-data, --mono-text");
        }
        foreach (var lexicon in request.Lexicons)
        {
            CheckLexicon(lexicon, request);
        }
        CheckUniMorph(request);
        CheckParallel(request);
        foreach (var task in request.TaskData)
        {
            RequireConllu(task, "--task-data");
        }
        if (request.MonoText is { } mono)
        {
            RequireFile(mono, "--mono-text");
            _ = StrictTextReader.ReadLines(mono).Count();
        }
        if (request.MonoSynthetic is { } synthetic)
        {
            RequireFile(synthetic, "--mono-synthetic");
            _ = StrictTextReader.ReadLines(synthetic).Count();
        }
        if (request.TargetTest is { } test && request.TargetDev is { } dev && Path.GetFullPath(test) == Path.GetFullPath(dev))
        {
            throw Option($"--target-test and --target-dev are both {test}", "a development file to choose on and a different test file that is only scored");
        }
        if ((request.TargetTest ?? request.TargetDev) is not null && request.TaskData.Count == 0)
        {
            throw Option("--target-test or --target-dev without --task-data", "source-language CoNLL-U (--task-data) to synthesise the task model's training data from");
        }
        foreach (var (gold, option) in new[] { (request.TargetTest, "--target-test"), (request.TargetDev, "--target-dev") })
        {
            if (gold is not null)
            {
                RequireConllu(gold, option);
            }
        }
    }

    private static void CheckLexicon(LexiconSpec lexicon, PackRequest request)
    {
        if (lexicon.ApertiumPair is { } pair)
        {
            CheckPairDirection(pair, request, "--lexicon");
            ApertiumPairs.Locate(pair, "autobil");
            RequireProgram("lt-print", "apt-get install lttoolbox-dev");
            return;
        }
        RequireFile(lexicon.Path!, "--lexicon");
        var scratch = Path.Combine(Path.GetTempPath(), $"langexpand-check-{Environment.ProcessId}-{Guid.NewGuid():N}.tsv");
        try
        {
            LexiconTasks.Import(new LexiconImportOptions(lexicon.Format, [lexicon.Path!], scratch));
        }
        finally
        {
            File.Delete(scratch);
        }
    }

    private static void CheckUniMorph(PackRequest request)
    {
        if (request.UniMorph is not { } unimorph)
        {
            return;
        }
        if (request.UniMorphFromApertium)
        {
            var pair = ApertiumPairs.CheckName(unimorph[LexiconSpec.ApertiumPrefix.Length..], unimorph);
            CheckPairDirection(pair, request, "--unimorph");
            ApertiumPairs.Locate(pair, "autogen");
            RequireProgram("lt-print", "apt-get install lttoolbox-dev");
            return;
        }
        RequireFile(unimorph, "--unimorph");
        _ = InflectionReader.Read(unimorph);
    }

    private static void CheckParallel(PackRequest request)
    {
        if (request.Parallel.Count == 0)
        {
            return;
        }
        if (request.Parallel.Count > 2)
        {
            throw Option($"{request.Parallel.Count} --parallel inputs", "one file (TSV, pipes, TMX) or two (source side first)");
        }
        foreach (var spec in request.Parallel)
        {
            if (spec.SwordModule is { } module)
            {
                SwordModules.Config(module);
                RequireProgram("diatheke", "apt-get install diatheke");
            }
            else
            {
                RequireFile(spec.Path!, "--parallel");
            }
        }
        if (request.Parallel.Count == 1 && request.Parallel[0].IsBible)
        {
            throw Option($"--parallel {request.Parallel[0].Text} is one Bible; verses are paired across two", "two Bibles, the source's first (or one file of sentence pairs)");
        }
        var languages = new[] { request.Source, request.Language };
        if (request.ParallelBibles)
        {
            foreach (var (spec, language) in request.Parallel.Zip(languages).Where(p => p.First.Path is not null))
            {
                _ = BibleFiles.Read(spec.Path!, language);
            }
        }
        else if (request.Parallel.Any(p => p.SwordModule is not null))
        {
            throw Option("a SWORD module can only be paired with another Bible", "two Bibles: sword:MODULE, CES XML or verse TSV files");
        }
        else
        {
            _ = ParallelTextReader.Read([.. request.Parallel.Select(p => p.Path!)], null, request.Source, request.Language);
        }
    }

    private static void CheckPairDirection(string pair, PackRequest request, string option)
    {
        var sides = pair.Split('-');
        if (LanguageCode.Parse(sides[0].Split('_')[0]) != request.Source || LanguageCode.Parse(sides[1].Split('_')[0]) != request.Language)
        {
            throw Option($"{option} apertium:{pair} does not go from {request.Source.Iso639_3} to {request.Language.Iso639_3}",
                $"apertium:{request.Source.Iso639_3}-{request.Language.Iso639_3} (the pair's source side first)");
        }
    }

    /// <summary>An existing directory that is not a pack is refused, so that user data is never overwritten.</summary>
    private static void CheckOutput(PackRequest request)
    {
        var output = request.Output;
        if (File.Exists(output))
        {
            throw Option($"--out {output} is a file", "a new or existing pack directory");
        }
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !PackLayout.IsPack(output))
        {
            throw Option($"--out {output} is a directory that is not a language pack", "a new directory, or a pack written by add-language (it has .steps/)");
        }
        if (PackLayout.LanguagesOf(output) is { } built && built != (request.Language.Iso639_3, request.Source.Iso639_3))
        {
            throw Option($"--out {output} is the pack of {built.Language} from {built.Source}; refusing to build {request.Language.Iso639_3} from {request.Source.Iso639_3} into it",
                "a new directory, or the pack of the same languages");
        }
    }

    /// <summary><paramref name="value"/> when it is at least <paramref name="minimum"/>, else an <see cref="ErrorCode.InvalidOption"/> error.</summary>
    internal static int AtLeast(int value, int minimum, string option) =>
        value >= minimum ? value : throw Option($"{option} {value}", $"a whole number of at least {minimum}");

    /// <summary>A <see cref="ErrorCode.MissingInput"/> error naming <paramref name="option"/> unless <paramref name="path"/> is an existing file.</summary>
    public static void RequireFile(string path, string option)
    {
        if (!File.Exists(path))
        {
            throw new LangExpandException(ErrorCode.MissingInput, Directory.Exists(path) ? $"{option} {path} is a directory" : $"{option} {path} does not exist",
                expected: "an existing file");
        }
    }

    /// <summary>
    /// Checks that <paramref name="path"/> is a CoNLL-U file that parses to its end and holds at least one sentence: an empty
    /// file would otherwise pass here and fail steps later, after work.
    /// </summary>
    private static void RequireConllu(string path, string option)
    {
        RequireFile(path, option);
        if (ConlluReader.Read(path).Count() == 0)
        {
            throw new LangExpandException(ErrorCode.NotEnoughData, $"{option} file holds no sentence", new SourceLocation(path, 0), "CoNLL-U with at least one sentence");
        }
    }

    private static void RequireProgram(string program, string install)
    {
        if (!ExternalProgram.IsInstalled(program))
        {
            throw new LangExpandException(ErrorCode.MissingInput, $"{program} is not installed", expected: install);
        }
    }

    internal static LangExpandException Option(string problem, string expected) => new(ErrorCode.InvalidOption, problem, expected: expected);
}
