using System.CommandLine;
using LangExpand.Pipeline.Requests;

namespace LangExpand.Cli.Commands;

/// <summary>The <c>add-language</c> argument and options made from <see cref="PackSettingsSchema"/>, and the settings they parse to.</summary>
internal sealed class PackSettingsOptions
{
    private readonly List<(PackSetting Field, Symbol Symbol)> _symbols = [];

    /// <summary>Makes one symbol per command-line field, with the field's help and default.</summary>
    public PackSettingsOptions(Func<PackSetting, string?>? help = null)
    {
        foreach (var field in PackSettingsSchema.Fields.Where(f => f.Attribute.OnCommandLine))
        {
            var description = help?.Invoke(field) ?? field.Attribute.Help + (field.DefaultText is { } value ? $" (default {value})" : "");
            Symbol symbol = (field.Attribute.IsArgument, field.Kind) switch
            {
                (true, _) => new Argument<string?>(field.Key) { Description = description, Arity = ArgumentArity.ZeroOrOne },
                (_, SettingKind.List) => new Option<string[]>(field.Option) { Description = description, AllowMultipleArgumentsPerToken = true },
                (_, SettingKind.Number) => new Option<int?>(field.Option) { Description = description },
                (_, SettingKind.Flag) => new Option<bool>(field.Option) { Description = description },
                _ => new Option<string?>(field.Option) { Description = description },
            };
            _symbols.Add((field, symbol));
        }
    }

    /// <summary>Adds the argument and options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var (_, symbol) in _symbols)
        {
            if (symbol is Argument argument)
            {
                command.Arguments.Add(argument);
            }
            else
            {
                command.Options.Add((Option)symbol);
            }
        }
    }

    /// <summary>The settings given on the command line (a flag not given is unset, not false).</summary>
    public PackSettings Parse(ParseResult parse) => _symbols.Aggregate(new PackSettings(), (settings, entry) => entry.Field.With(settings, entry.Symbol switch
    {
        Argument<string?> argument => parse.GetValue(argument),
        Option<string[]> list => parse.GetValue(list) ?? [],
        Option<int?> number => parse.GetValue(number),
        Option<bool> flag => parse.GetValue(flag) ? true : null,
        Option<string?> text => parse.GetValue(text),
        _ => throw new InvalidOperationException($"no binding for {entry.Field.Key}"),
    }));
}
