using System.Text.RegularExpressions;

namespace LangExpand.Evaluation.Inflection;

/// <summary>What a file in a SIGMORPHON data folder is for.</summary>
public enum SigmorphonRole
{
    /// <summary>Training data.</summary>
    Train,

    /// <summary>Development data with forms.</summary>
    Dev,

    /// <summary>Test data; with forms (gold) or without (covered), which only its content tells for <c>.tst</c>/<c>.test</c>.</summary>
    Test,

    /// <summary>Test data known to be covered from its name.</summary>
    CoveredTest,
}

/// <summary>A file of a SIGMORPHON folder classified by its name.</summary>
/// <param name="Path">The file.</param>
/// <param name="Language">The dataset id (<c>deu</c>, <c>heb_unvoc</c>, <c>albanian</c>).</param>
/// <param name="Role">Train, dev or test.</param>
/// <param name="Size">Training size when the name gives one (<c>high</c>, <c>medium</c>, <c>low</c>, <c>large</c>, <c>small</c>), else empty.</param>
public sealed record SigmorphonFile(string Path, string Language, SigmorphonRole Role, string Size)
{
    private static readonly (Regex Pattern, SigmorphonRole Role)[] Conventions =
    [
        (new(@"^(?<lang>.+)-train-(?<size>high|medium|low)$"), SigmorphonRole.Train),
        (new(@"^(?<lang>.+)-dev$"), SigmorphonRole.Dev),
        (new(@"^(?<lang>.+)-(covered-test|test-covered)$"), SigmorphonRole.CoveredTest),
        (new(@"^(?<lang>.+)-test$"), SigmorphonRole.Test),
        (new(@"^(?<lang>.+)\.covered\.tst$"), SigmorphonRole.CoveredTest),
        (new(@"^(?<lang>.+)_(?<size>large|small)\.train$"), SigmorphonRole.Train),
        (new(@"^(?<lang>[^.]+)\.(trn|train)$"), SigmorphonRole.Train),
        (new(@"^(?<lang>[^.]+)\.dev$"), SigmorphonRole.Dev),
        (new(@"^(?<lang>[^.]+)\.(tst|test|gold)$"), SigmorphonRole.Test),
    ];

    /// <summary>Classifies <paramref name="path"/> by the naming conventions of SIGMORPHON 2017–2023; null if none fits.</summary>
    public static SigmorphonFile? Classify(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        foreach (var (pattern, role) in Conventions)
        {
            if (pattern.Match(name) is { Success: true } match)
            {
                return new SigmorphonFile(path, match.Groups["lang"].Value, role, match.Groups["size"].Value);
            }
        }
        return null;
    }

    /// <summary>Ranks training sizes so that the largest available is the default.</summary>
    public int SizeRank => Size switch { "high" or "large" or "" => 3, "medium" => 2, _ => 1 };
}
