using LangExpand.Core.Diagnostics;
using LangExpand.Pipeline.External;

namespace LangExpand.Pipeline.Requests;

/// <summary>
/// Installed SWORD Bible modules (Debian: <c>/usr/share/sword/mods.d/MODULE.conf</c> and the module's <c>DataPath</c>),
/// exported with <c>diatheke -b MODULE -f plain -k Gen 1:1-Rev 22:21</c>.
/// </summary>
public static class SwordModules
{
    /// <summary>Where Debian installs SWORD modules.</summary>
    public const string Root = "/usr/share/sword";

    /// <summary>The module's configuration file; an error saying what to install when it is missing.</summary>
    public static string Config(string module)
    {
        var configs = Path.Combine(Root, "mods.d");
        var found = Directory.Exists(configs)
            ? Directory.EnumerateFiles(configs, "*.conf").FirstOrDefault(f => string.Equals(Path.GetFileNameWithoutExtension(f), module, StringComparison.OrdinalIgnoreCase))
            : null;
        return found ?? throw new LangExpandException(ErrorCode.MissingInput, $"SWORD module {module} is not installed (no {Path.Combine(configs, module + ".conf")})",
            expected: "apt-get install diatheke sword-text-kjv sword-text-sparv (modules engKJV2006eb, spaRV1909eb); 'diatheke -b system -k modulelist' lists installed ones");
    }

    /// <summary>The module's data directory (from <c>DataPath=</c> in its configuration).</summary>
    public static string DataDirectory(string module)
    {
        var config = Config(module);
        var dataPath = File.ReadLines(config).FirstOrDefault(l => l.StartsWith("DataPath=", StringComparison.Ordinal))?["DataPath=".Length..]
            ?? throw new LangExpandException(ErrorCode.MalformedDocument, "no DataPath= line", new SourceLocation(config, 0), "a SWORD module configuration");
        return Path.GetFullPath(Path.Combine(Root, dataPath));
    }

    /// <summary>The module's description and version for provenance (<c>King James Version, version 14.3</c>).</summary>
    public static string Describe(string module)
    {
        var lines = File.ReadLines(Config(module)).ToList();
        string? Field(string key) => lines.FirstOrDefault(l => l.StartsWith(key + "=", StringComparison.Ordinal))?[(key.Length + 1)..].Trim();
        return $"SWORD module {module} ({Field("Description") ?? "no description"}, version {Field("Version") ?? "unknown"}), exported with diatheke";
    }

    /// <summary>Exports the whole Bible of <paramref name="module"/> as diatheke plain text to <paramref name="outputFile"/>.</summary>
    public static void Export(string module, string outputFile)
    {
        if (!ExternalProgram.IsInstalled("diatheke"))
        {
            throw new LangExpandException(ErrorCode.MissingInput, "diatheke is not installed", expected: "apt-get install diatheke");
        }
        ExternalProgram.RunToFile("diatheke", ["-b", module, "-f", "plain", "-l", "en", "-k", "Gen 1:1-Rev 22:21"], outputFile, "an installed SWORD Bible module");
    }
}
