using LangExpand.Core.Diagnostics;

namespace LangExpand.Evaluation.Inflection;

/// <summary>The files of one language in a SIGMORPHON folder.</summary>
/// <param name="Language">The dataset id.</param>
/// <param name="Train">The training file (the requested or largest size).</param>
/// <param name="Dev">The development file, if any.</param>
/// <param name="Tests">Test files (gold or covered), gold-named first.</param>
public sealed record LanguageFiles(string Language, string Train, string? Dev, IReadOnlyList<string> Tests);

/// <summary>Finds each language's train, dev and test files in a folder laid out like any SIGMORPHON year.</summary>
public static class SigmorphonFolder
{
    /// <summary>
    /// Lists the languages of <paramref name="directory"/> that have a training file, in ordinal order of their ids.
    /// <paramref name="trainSize"/> picks a training size (<c>low</c>, <c>medium</c>, <c>high</c>, <c>small</c>, <c>large</c>);
    /// null takes the largest present.
    /// </summary>
    public static IReadOnlyList<LanguageFiles> Discover(string directory, string? trainSize = null)
    {
        if (!Directory.Exists(directory))
        {
            throw new LangExpandException(ErrorCode.MissingInput, $"data folder not found: {directory}");
        }
        var files = Directory.EnumerateFiles(directory).Select(SigmorphonFile.Classify).OfType<SigmorphonFile>().ToList();
        var languages = files.GroupBy(f => f.Language, StringComparer.Ordinal)
            .Select(g => Pick(g.Key, g.ToList(), trainSize))
            .OfType<LanguageFiles>()
            .OrderBy(l => l.Language, StringComparer.Ordinal)
            .ToList();
        if (languages.Count == 0)
        {
            throw new LangExpandException(ErrorCode.MissingInput, $"no SIGMORPHON training files in {directory}",
                expected: "files named like deu.trn, albanian-train-high or ang_large.train");
        }
        return languages;
    }

    private static LanguageFiles? Pick(string language, List<SigmorphonFile> files, string? trainSize)
    {
        var train = files.Where(f => f.Role == SigmorphonRole.Train && (trainSize is null || f.Size == trainSize))
            .OrderByDescending(f => f.SizeRank).FirstOrDefault();
        if (train is null)
        {
            return null;
        }
        var dev = files.FirstOrDefault(f => f.Role == SigmorphonRole.Dev)?.Path;
        var tests = files.Where(f => f.Role is SigmorphonRole.Test or SigmorphonRole.CoveredTest)
            .OrderBy(f => f.Role).ThenBy(f => f.Path, StringComparer.Ordinal).Select(f => f.Path).ToList();
        return new LanguageFiles(language, train.Path, dev, tests);
    }
}
