namespace LangExpand.Lexicons.Formats;

/// <summary>The provenance name of a resource read from a file or stream.</summary>
internal static class ResourceName
{
    /// <summary><paramref name="resource"/> when given, otherwise the file name of <paramref name="sourceName"/>.</summary>
    public static string Of(string sourceName, string? resource) =>
        resource ?? (Path.GetFileName(sourceName) is { Length: > 0 } file ? file : sourceName);
}
