using System.Globalization;
using System.Reflection;
using System.Text;

namespace LangExpand.Pipeline.Requests;

/// <summary>The kind of value a setting holds, from its property type.</summary>
public enum SettingKind
{
    /// <summary>One string.</summary>
    Text,

    /// <summary>A list of strings (a repeatable option; one string or a list in YAML).</summary>
    List,

    /// <summary>A whole number.</summary>
    Number,

    /// <summary>A flag (<c>--no-adapt</c>; <c>true</c> or <c>false</c> in YAML).</summary>
    Flag,
}

/// <summary>One field of <see cref="PackSettings"/>: its description and how to read and set it.</summary>
/// <param name="Attribute">The field's description.</param>
/// <param name="Property">The property of <see cref="PackSettings"/>.</param>
public sealed record PackSetting(SettingAttribute Attribute, PropertyInfo Property)
{
    /// <summary>The YAML key.</summary>
    public string Key => Attribute.Key;

    /// <summary>The command-line option (<c>--max-train</c>).</summary>
    public string Option => "--" + Key.Replace('_', '-');

    /// <summary>What the field holds.</summary>
    public SettingKind Kind =>
        Property.PropertyType == typeof(IReadOnlyList<string>) ? SettingKind.List
        : Property.PropertyType == typeof(int?) ? SettingKind.Number
        : Property.PropertyType == typeof(bool?) ? SettingKind.Flag
        : SettingKind.Text;

    /// <summary>The field's value in <paramref name="settings"/>; null (or an empty list) when not set.</summary>
    public object? Get(PackSettings settings) => Property.GetValue(settings);

    /// <summary>True when <paramref name="settings"/> sets the field.</summary>
    public bool IsSet(PackSettings settings) => Get(settings) is { } value && value is not IReadOnlyList<string> { Count: 0 };

    /// <summary>A copy of <paramref name="settings"/> with the field set to <paramref name="value"/> (a string, string list, int or bool; null to unset).</summary>
    public PackSettings With(PackSettings settings, object? value)
    {
        var copy = settings with { };
        Property.SetValue(copy, Kind == SettingKind.List ? value ?? Array.Empty<string>() : value);
        return copy;
    }

    /// <summary>The documented default as text, or null.</summary>
    public string? DefaultText => Attribute.Default is { } value ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;
}

/// <summary>
/// The fields of <see cref="PackSettings"/>, read once from their <see cref="SettingAttribute"/>s in declaration order: what the
/// command line, the YAML binding, <see cref="PackSettings.Merge"/>, <c>plan</c> and the documentation table derive from.
/// </summary>
public static class PackSettingsSchema
{
    /// <summary>Every field, in declaration order.</summary>
    public static IReadOnlyList<PackSetting> Fields { get; } =
    [
        .. typeof(PackSettings).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<SettingAttribute>() is not null)
            .OrderBy(p => p.MetadataToken)
            .Select(p => new PackSetting(p.GetCustomAttribute<SettingAttribute>()!, p)),
    ];

    /// <summary>The field with YAML key <paramref name="key"/>, or null.</summary>
    public static PackSetting? Find(string key) => Fields.FirstOrDefault(f => f.Key == key);

    /// <summary><paramref name="settings"/> with every field that <paramref name="overrides"/> sets replaced by its value.</summary>
    public static PackSettings Merge(PackSettings settings, PackSettings overrides) =>
        Fields.Where(f => f.IsSet(overrides)).Aggregate(settings, (merged, field) => field.With(merged, field.Get(overrides)));

    /// <summary>
    /// The <c>add-language</c> options that repeat <paramref name="settings"/>'s planned fields (those a <c>plan</c> passes on), in
    /// declaration order: <c>--option value</c> pairs, a list field once per item, a true flag as the bare option.
    /// </summary>
    public static IEnumerable<string> PlannedOptions(PackSettings settings) =>
        Fields.Where(f => f.Attribute.Planned && f.Attribute.OnCommandLine && f.IsSet(settings)).SelectMany(f => f.Get(settings) switch
        {
            IReadOnlyList<string> items => items.SelectMany(item => new[] { f.Option, item }),
            true => [f.Option],
            false => [],
            var value => [f.Option, Convert.ToString(value, CultureInfo.InvariantCulture)!],
        });

    /// <summary>The settings as a Markdown table: YAML key, option, default, meaning.</summary>
    public static string MarkdownTable()
    {
        var table = new StringBuilder("| YAML key | Option | Default | Meaning |\n| :-- | :-- | :-- | :-- |\n");
        foreach (var field in Fields)
        {
            var option = field.Attribute.IsArgument ? "argument" : field.Attribute.OnCommandLine ? $"`{field.Option}`" : "(config and plan only)";
            table.Append(CultureInfo.InvariantCulture, $"| `{field.Key}` | {option} | {field.DefaultText ?? ""} | {field.Attribute.Help.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }
        return table.ToString();
    }
}
