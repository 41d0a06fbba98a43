using LangExpand.Core.Diagnostics;

namespace LangExpand.Lexicons.Formats;

/// <summary>The provenance name of a resource read from a file or stream.</summary>
internal static class ResourceName
{
    /// <summary>
    /// <paramref name="resource"/> when given, otherwise the file name of <paramref name="sourceName"/>; a name that cannot be
    /// a provenance (empty, or with a tab or line break) is an invalid option.
    /// </summary>
    public static string Of(string sourceName, string? resource)
    {
        var name = resource ?? (Path.GetFileName(sourceName) is { Length: > 0 } file ? file : sourceName);
        return name.Length > 0 && LexiconText.FitsColumn(name)
            ? name
            : throw new LangExpandException(ErrorCode.InvalidOption, $"'{name}' cannot name a resource", expected: "a non-empty name without tabs or line breaks (--resource)");
    }
}
