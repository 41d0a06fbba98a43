using System.Text.RegularExpressions;
using LangExpand.Core.Diagnostics;

namespace LangExpand.Pipeline.Requests;

/// <summary>
/// Installed Apertium pairs (Debian packages <c>apertium-X-Y</c>, files under <c>/usr/share/apertium/apertium-X-Y/</c>):
/// the compiled bilingual dictionary <c>SRC-TGT.autobil.bin</c> and the target generator <c>SRC-TGT.autogen.bin</c>.
/// </summary>
public static partial class ApertiumPairs
{
    /// <summary>Where Debian installs Apertium data.</summary>
    public const string Root = "/usr/share/apertium";

    /// <summary>Checks that <paramref name="pair"/> looks like <c>eng-spa</c> and returns it.</summary>
    public static string CheckName(string pair, string spec) => PairName().IsMatch(pair)
        ? pair
        : throw new LangExpandException(ErrorCode.InvalidOption, $"'{spec}' does not name an Apertium pair", expected: "apertium:SOURCE-TARGET, e.g. apertium:eng-spa");

    /// <summary>The installed file <c>PAIR.KIND.bin</c> (<paramref name="kind"/> <c>autobil</c> or <c>autogen</c>); an error saying what to install when missing.</summary>
    public static string Locate(string pair, string kind)
    {
        var sides = pair.Split('-');
        var candidates = new[] { $"apertium-{sides[0]}-{sides[1]}", $"apertium-{sides[1]}-{sides[0]}" }
            .Select(package => Path.Combine(Root, package, $"{pair}.{kind}.bin")).ToList();
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new LangExpandException(ErrorCode.MissingInput, $"Apertium pair {pair} is not installed ({candidates[0]} does not exist)",
                expected: $"apt-get install lttoolbox apertium-{sides[0]}-{sides[1]} (or apertium-{sides[1]}-{sides[0]})");
    }

    /// <summary>The Debian package that installed <paramref name="file"/> and its version, for provenance; null when dpkg does not know it.</summary>
    public static string? PackageOf(string file)
    {
        var package = Path.GetFileName(Path.GetDirectoryName(file));
        var version = package is null ? null : External.ExternalProgram.TryRead("dpkg-query", "-W", "-f=${Version}", package);
        return string.IsNullOrWhiteSpace(version) ? null : $"Debian package {package} {version.Trim()}";
    }

    [GeneratedRegex("^[a-z]{2,3}(_[A-Za-z]+)?-[a-z]{2,3}(_[A-Za-z]+)?$")]
    private static partial Regex PairName();
}
