namespace LangExpand.Tagging.Tests;

/// <summary>Helpers for tests of saved taggers.</summary>
internal static class ModelFiles
{
    /// <summary>Every file of <paramref name="directory"/> by name, with its bytes.</summary>
    public static IReadOnlyDictionary<string, byte[]> Contents(string directory) =>
        Directory.GetFiles(directory).Order(StringComparer.Ordinal).ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes);

    /// <summary>Replaces line <paramref name="number"/> (1-based) of <paramref name="path"/> with <paramref name="text"/>.</summary>
    public static void ReplaceLine(string path, int number, string text)
    {
        var lines = File.ReadAllText(path).Split('\n');
        lines[number - 1] = text;
        File.WriteAllText(path, string.Join('\n', lines));
    }

    /// <summary>Sets <c>format_version</c> of the model's <c>config.json</c> to <paramref name="version"/>.</summary>
    public static void SetFormatVersion(string directory, int version)
    {
        var config = Path.Combine(directory, "config.json");
        File.WriteAllText(config, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(config), "\"format_version\": \\d+", $"\"format_version\": {version}"));
    }
}
