namespace LangExpand.Pipeline.Requests;

/// <summary>
/// Describes one field of <see cref="PackSettings"/> once, for every place that needs it: the YAML key, the command-line
/// option (the key in kebab case), the help text and the documented default (<see cref="PackSettingsSchema"/>).
/// </summary>
/// <param name="key">The YAML key (snake case).</param>
/// <param name="help">One line for <c>--help</c> and the settings table.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SettingAttribute(string key, string help) : Attribute
{
    /// <summary>The YAML key (snake case); the option is <c>--</c> and the key with hyphens.</summary>
    public string Key { get; } = key;

    /// <summary>One line for <c>--help</c> and the settings table.</summary>
    public string Help { get; } = help;

    /// <summary>The default as documented: a constant of the code that applies it, referenced here; null for none.</summary>
    public object? Default { get; init; }

    /// <summary>True when the value names a file or directory (relative paths in a config file are relative to the file).</summary>
    public bool IsPath { get; init; }

    /// <summary>True when the field is the command's positional argument rather than an option.</summary>
    public bool IsArgument { get; init; }

    /// <summary>False for a field that only a config file or a <c>plan</c> list sets (no <c>add-language</c> option).</summary>
    public bool OnCommandLine { get; init; } = true;

    /// <summary>False for a field that <c>plan</c> does not pass on to each language's <c>add-language</c> line.</summary>
    public bool Planned { get; init; } = true;
}
