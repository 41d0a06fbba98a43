using Xunit;

namespace LangExpand.TestKit;

/// <summary>
/// A fact that needs a program and files installed on the machine (for example Debian's <c>lt-print</c> and an Apertium
/// transducer); it is skipped, saying what is missing, where they are absent.
/// </summary>
public sealed class InstalledFactAttribute : FactAttribute
{
    /// <summary>Marks a test that runs <paramref name="program"/> (looked up on the PATH) and reads <paramref name="files"/>.</summary>
    public InstalledFactAttribute(string program, params string[] files)
    {
        Skip = files.Select(file => Prerequisites.MissingPath(file, "installed file")).Prepend(Prerequisites.MissingProgram(program))
            .FirstOrDefault(reason => reason is not null);
    }
}
