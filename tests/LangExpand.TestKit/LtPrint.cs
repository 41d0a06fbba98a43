using System.Diagnostics;
using Xunit;

namespace LangExpand.TestKit;

/// <summary>Runs lttoolbox's <c>lt-print</c> (Debian package <c>lttoolbox-dev</c>) for tests marked <see cref="InstalledFactAttribute"/>.</summary>
public static class LtPrint
{
    /// <summary>Prints the compiled transducer <paramref name="binary"/> as AT&amp;T text into <paramref name="scratch"/> and returns the file's path.</summary>
    public static string ToAtt(string binary, ScratchDirectory scratch)
    {
        var att = scratch.Path(Path.GetFileName(binary) + ".att");
        using var print = Process.Start(new ProcessStartInfo("lt-print", [binary, att]))!;
        print.WaitForExit();
        Assert.Equal(0, print.ExitCode);
        return att;
    }
}
