using System.CommandLine;
using LangExpand.Cli.Commands;
using LangExpand.Core.Diagnostics;

namespace LangExpand.Cli;

/// <summary>
/// The <c>langexpand</c> command line: the only place that touches the console and exit codes. Exit codes: 0 success,
/// 1 bad input or usage (one line on stderr naming file:line), 70 an internal error (a bug; <c>--debug</c> shows the stack).
/// </summary>
public static class CliApplication
{
    /// <summary>Exit code for bad input, bad options or usage errors.</summary>
    public const int InputError = 1;

    /// <summary>Exit code for internal errors (bugs), as in BSD's sysexits <c>EX_SOFTWARE</c>.</summary>
    public const int InternalError = 70;

    /// <summary>Shows stack traces of errors.</summary>
    internal static readonly Option<bool> Debug = new("--debug") { Description = "Show stack traces of errors", Recursive = true };

    private static readonly AsyncLocal<Stream?> Input = new();

    /// <summary>Standard input of the running command (<c>-</c> as an input path reads it).</summary>
    internal static Stream StandardInput => Input.Value ?? Console.OpenStandardInput();

    /// <summary>Parses <paramref name="args"/> and runs the command, writing to the given writers.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, null);

    /// <summary>Parses <paramref name="args"/> and runs the command, reading <paramref name="input"/> as standard input (the console's when null).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, Stream? input)
    {
        Input.Value = input;
        var root = new RootCommand("LangExpand: bring NLP to languages with little labelled data.");
        root.Options.Add(Debug);
        root.Subcommands.Add(InflectCommand.Create());
        root.Subcommands.Add(LexiconCommand.Create());
        root.Subcommands.Add(ParallelCommand.Create());
        root.Subcommands.Add(SynthCommand.Create());
        root.Subcommands.Add(AddLanguageCommand.Create());
        root.Subcommands.Add(PlanCommand.Create());
        root.Subcommands.Add(PretrainCommand.Create());
        root.Subcommands.Add(AdaptCommand.Create());
        root.Subcommands.Add(TagCommand.Create());
        RefuseEmptyValues(root);
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }

    /// <summary>
    /// Makes every text option of every command refuse an empty value (<c>--out ''</c>): no path, code or name is empty, and
    /// an empty path would otherwise mean the current directory or fail deep in the runtime.
    /// </summary>
    private static void RefuseEmptyValues(Command command, HashSet<Option>? done = null)
    {
        done ??= [];
        foreach (var option in command.Options.Where(o => (o.ValueType == typeof(string) || o.ValueType == typeof(string[])) && done.Add(o)))
        {
            option.Validators.Add(result =>
            {
                if (result.Tokens.Any(token => token.Value.Trim().Length == 0))
                {
                    result.AddError($"{option.Name} is empty");
                }
            });
        }
        foreach (var subcommand in command.Subcommands)
        {
            RefuseEmptyValues(subcommand, done);
        }
    }

    /// <summary>Runs a command body, turning errors into one stderr line and an exit code.</summary>
    internal static int Guard(ParseResult parse, Action<TextWriter> body)
    {
        var error = parse.InvocationConfiguration.Error;
        try
        {
            body(parse.InvocationConfiguration.Output);
            ProgressLines.FlushOf(error);
            return 0;
        }
        catch (Exception e)
        {
            ProgressLines.FlushOf(error);
            var userError = e is LangExpandException or IOException or UnauthorizedAccessException;
            error.WriteLine(userError ? $"error: {e.Message}" : $"internal error: {e.GetType().Name}: {e.Message} (please report it; --debug shows the stack)");
            if (parse.GetValue(Debug))
            {
                error.WriteLine(e.ToString());
            }
            return userError ? InputError : InternalError;
        }
    }
}
