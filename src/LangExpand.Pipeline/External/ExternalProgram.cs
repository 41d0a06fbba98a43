using System.Diagnostics;
using LangExpand.Core.Diagnostics;

namespace LangExpand.Pipeline.External;

/// <summary>Runs an installed program (<c>lt-print</c>, <c>diatheke</c>, <c>dpkg-query</c>) and captures its output.</summary>
public static class ExternalProgram
{
    /// <summary>True when <paramref name="program"/> is an executable file on <c>PATH</c>.</summary>
    public static bool IsInstalled(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, program)));

    /// <summary>Runs <paramref name="program"/> and writes its standard output to <paramref name="outputFile"/>; a non-zero exit is an error naming <paramref name="hint"/>.</summary>
    public static void RunToFile(string program, IReadOnlyList<string> arguments, string outputFile, string hint)
    {
        using var output = File.Create(outputFile);
        Run(program, arguments, hint, process => process.StandardOutput.BaseStream.CopyTo(output));
    }

    /// <summary>Runs <paramref name="program"/> and returns its standard output, or null when it is not installed or fails.</summary>
    public static string? TryRead(string program, params string[] arguments)
    {
        if (!IsInstalled(program))
        {
            return null;
        }
        try
        {
            string? text = null;
            Run(program, arguments, program, process => text = process.StandardOutput.ReadToEnd());
            return text;
        }
        catch (LangExpandException)
        {
            return null;
        }
    }

    private static void Run(string program, IReadOnlyList<string> arguments, string hint, Action<Process> readOutput)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new LangExpandException(ErrorCode.MissingInput, $"could not start {program}", expected: hint);
        var error = process.StandardError.ReadToEndAsync();
        readOutput(process);
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new LangExpandException(ErrorCode.MissingInput, $"{program} {string.Join(' ', arguments)} failed (exit {process.ExitCode}): {error.Result.Trim()}",
                expected: hint);
        }
    }
}
