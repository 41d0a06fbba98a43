namespace LangExpand.TestKit;

/// <summary>Why a test cannot run here: the skip reasons shared by the conditional fact attributes.</summary>
public static class Prerequisites
{
    /// <summary>Null when <paramref name="path"/> exists, otherwise a reason naming <paramref name="what"/> and the path.</summary>
    public static string? MissingPath(string path, string what) => Path.Exists(path) ? null : $"{what} missing: {path}";

    /// <summary>Null when an executable called <paramref name="program"/> is on the PATH, otherwise a reason saying so.</summary>
    public static string? MissingProgram(string program)
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var extensions = OperatingSystem.IsWindows() ? new[] { ".exe", ".cmd", ".bat" } : [""];
        return folders.Any(folder => extensions.Any(extension => File.Exists(Path.Combine(folder, program + extension))))
            ? null
            : $"program missing: {program} is not on the PATH";
    }
}
