namespace LangExpand.TestKit;

/// <summary>
/// The shared data folder (<c>shared/data</c>) that sits beside the repository checkout, found by walking up from the
/// test binary to the folder holding <c>LangExpand.sln</c>. Tests that need it use <see cref="SharedDataFactAttribute"/> or
/// <see cref="SharedDataTheoryAttribute"/> so that they are skipped, with a reason, where the folder is absent.
/// </summary>
public static class SharedData
{
    /// <summary>The full path of <c>shared/data</c>, or null when no such folder sits next to the repository root.</summary>
    public static string? Root { get; } = Locate();

    /// <summary>The path of a file or folder under <see cref="Root"/>.</summary>
    /// <param name="parts">Path segments below <c>shared/data</c>, such as <c>"sigmorphon2023", "deu.dev"</c>.</param>
    /// <exception cref="InvalidOperationException">There is no shared data folder.</exception>
    public static string Path(params string[] parts) =>
        Root is { } root
            ? System.IO.Path.Combine([root, .. parts])
            : throw new InvalidOperationException("no shared/data folder next to the repository root");

    /// <summary>
    /// Why a test needing <paramref name="required"/> must be skipped here, or null when it can run: the reason names the
    /// missing folder or file.
    /// </summary>
    /// <param name="required">Path segments below <c>shared/data</c> that must exist; none to require only the folder.</param>
    public static string? SkipReason(params string[] required) =>
        Root is null ? $"no shared/data folder beside the repository root (searched upward from {AppContext.BaseDirectory})"
        : required.Length > 0 ? Prerequisites.MissingPath(Path(required), "shared data")
        : null;

    private static string? Locate()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "LangExpand.sln")))
            {
                return new[] { folder.FullName, folder.Parent?.FullName }
                    .OfType<string>()
                    .Select(parent => System.IO.Path.Combine(parent, "shared", "data"))
                    .FirstOrDefault(Directory.Exists);
            }
        }
        return null;
    }
}
