using Spectre.Console;

namespace LangExpand.Cli;

/// <summary>Shows progress of a long job on an interactive terminal (stderr), and nothing when output is redirected.</summary>
internal static class ProgressDisplay
{
    /// <summary>Runs <paramref name="job"/>, rendering the item names it reports as a live status line on a TTY.</summary>
    public static T Run<T>(TextWriter error, string title, Func<IProgress<string>?, T> job)
    {
        if (!ReferenceEquals(error, Console.Error) || Console.IsErrorRedirected)
        {
            return job(null);
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Status().Start(title, context =>
        {
            var done = 0;
            var progress = new Progress<string>(item => context.Status($"{title}: {Interlocked.Increment(ref done)} done, last {item}"));
            return job(progress);
        });
    }
}
