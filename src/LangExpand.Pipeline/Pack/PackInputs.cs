using LangExpand.Pipeline.Requests;
using LangExpand.Pipeline.Running;

namespace LangExpand.Pipeline.Pack;

/// <summary>One input of a pack as the manifest lists it.</summary>
/// <param name="Kind">The option it came from (<c>lexicon</c>, <c>unimorph</c>, …).</param>
/// <param name="Spec">The value as given.</param>
/// <param name="File">The file or directory read (an installed resource's path for Apertium and SWORD).</param>
/// <param name="Sha256">Its content hash (a directory's covers every file).</param>
/// <param name="Provenance">Where it came from: the Debian package and version, the SWORD module, or the file name.</param>
public sealed record PackInput(string Kind, string Spec, string File, string Sha256, string Provenance)
{
    /// <summary>Every input of <paramref name="request"/>, in option order.</summary>
    public static IReadOnlyList<PackInput> Of(PackRequest request)
    {
        var inputs = new List<PackInput>();
        foreach (var lexicon in request.Lexicons)
        {
            inputs.Add(lexicon.ApertiumPair is { } pair ? Apertium("lexicon", lexicon.Text, ApertiumPairs.Locate(pair, "autobil")) : UserFile("lexicon", lexicon.Text, lexicon.Path!));
        }
        if (request.UniMorph is { } unimorph)
        {
            inputs.Add(request.UniMorphFromApertium
                ? Apertium("unimorph", unimorph, ApertiumPairs.Locate(unimorph[LexiconSpec.ApertiumPrefix.Length..], "autogen"))
                : UserFile("unimorph", unimorph, unimorph));
        }
        foreach (var parallel in request.Parallel)
        {
            inputs.Add(parallel.SwordModule is { } module
                ? new PackInput("parallel", parallel.Text, SwordModules.DataDirectory(module), ContentHash.Of(SwordModules.DataDirectory(module))!, SwordModules.Describe(module))
                : UserFile("parallel", parallel.Text, parallel.Path!));
        }
        if (request.BaseModel is { } model)
        {
            inputs.Add(new PackInput("base_model", model, model, ContentHash.Of(model) ?? "", "directory " + Path.GetFileName(Path.TrimEndingDirectorySeparator(model))));
        }
        inputs.AddRange(request.TaskData.Select(task => UserFile("task_data", task, task)));
        if (request.MonoText is { } mono)
        {
            inputs.Add(UserFile("mono_text", mono, mono));
        }
        if (request.MonoSynthetic is { } synthetic)
        {
            inputs.Add(UserFile("mono_synthetic", synthetic, synthetic));
        }
        if (request.Adaptation?.TargetUd is { } ud)
        {
            inputs.Add(UserFile("target_ud", ud, ud));
        }
        return inputs;
    }

    private static PackInput UserFile(string kind, string spec, string path) => new(kind, spec, path, ContentHash.File(path), "file " + Path.GetFileName(path));

    private static PackInput Apertium(string kind, string spec, string file) =>
        new(kind, spec, file, ContentHash.File(file), $"{ApertiumPairs.PackageOf(file) ?? "Apertium"} (GPL): {Path.GetFileName(file)} printed with lt-print");
}
