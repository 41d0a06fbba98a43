namespace LangExpand.Pipeline.Requests;

/// <summary>Splits input specifications (<c>reverse:tsv:FILE</c>, <c>apertium:PAIR</c>, <c>sword:MODULE</c>) into prefixes and a path.</summary>
public static class InputPaths
{
    /// <summary>The prefixes that name an installed resource rather than a file.</summary>
    private static readonly string[] ResourcePrefixes = [LexiconSpec.ApertiumPrefix, ParallelSpec.SwordPrefix];

    /// <summary>The prefixes that may stand before a file path.</summary>
    internal static readonly string[] FilePrefixes = [LexiconSpec.ReversePrefix, .. LexiconSpec.FormatNames.Select(f => f + ":")];

    /// <summary>
    /// The spec with its file path made relative to <paramref name="baseDirectory"/> when it is relative (for config files);
    /// installed resources and absolute paths are kept.
    /// </summary>
    public static string Rebase(string spec, string baseDirectory)
    {
        if (ResourcePrefixes.Any(p => spec.StartsWith(p, StringComparison.Ordinal)))
        {
            return spec;
        }
        var (prefixes, path) = Split(spec);
        return prefixes + (Path.IsPathRooted(path) ? path : Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(baseDirectory, path)));
    }

    /// <summary>The leading file prefixes of <paramref name="spec"/> (as written) and the path after them.</summary>
    internal static (string Prefixes, string Path) Split(string spec)
    {
        var prefixes = "";
        var rest = spec;
        while (FilePrefixes.FirstOrDefault(p => rest.StartsWith(p, StringComparison.Ordinal)) is { } prefix)
        {
            prefixes += prefix;
            rest = rest[prefix.Length..];
        }
        return (prefixes, rest);
    }
}
