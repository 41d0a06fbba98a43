using System.CommandLine;
using System.Globalization;
using LangExpand.Morphology.Data;

namespace LangExpand.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    /// <summary><c>--format</c>: forces the inflection data dialect.</summary>
    public static Option<string?> Format() => new("--format")
    {
        Description = $"Data dialect, detected when omitted: {string.Join(", ", InflectionFormat.All.Select(f => f.Name))} (or a year, e.g. 2017)",
    };

    /// <summary>Resolves a <c>--format</c> value.</summary>
    public static InflectionFormat? ParseFormat(string? name) => name is null ? null : InflectionFormat.Parse(name);

    /// <summary>A required file or directory path option.</summary>
    public static Option<string> RequiredPath(string name, string description) => new(name) { Description = description, Required = true };

    /// <summary>A whole-number option that must be 0 or more (a parse error otherwise, like an unknown choice).</summary>
    public static Option<int> Count(string name, string description, int defaultValue) =>
        AtLeast(new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue }, 0);

    /// <summary>Makes <paramref name="option"/> refuse, as a parse error, a value below <paramref name="minimum"/>.</summary>
    public static Option<int> AtLeast(Option<int> option, int minimum)
    {
        option.Validators.Add(result =>
        {
            // A value that is not a number is the parser's error to report; only a parsed value is checked here.
            if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value < minimum)
            {
                result.AddError($"{option.Name} must be {minimum} or more, not {value}");
            }
        });
        return option;
    }

    /// <summary><c>--json</c>: print JSON instead of Markdown.</summary>
    public static Option<bool> Json() => new("--json") { Description = "Print JSON for machines instead of Markdown" };

    /// <summary><c>--nfc</c>: compare forms after Unicode NFC normalisation.</summary>
    public static Option<bool> Nfc() => new("--nfc") { Description = "Compare lemmas and forms after Unicode NFC normalisation" };
}
