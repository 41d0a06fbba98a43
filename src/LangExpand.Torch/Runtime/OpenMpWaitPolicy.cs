using System.Runtime.InteropServices;

namespace LangExpand.Torch.Runtime;

/// <summary>
/// libtorch's OpenMP threads spin while waiting for work by default. On a machine whose cores are busy with other work
/// that makes two threads up to 25× slower than one (docs/BENCHMARKS.md, neural transducer), so unless the user has
/// chosen a policy, <c>OMP_WAIT_POLICY=PASSIVE</c> is set in the native environment before libtorch loads.
/// </summary>
internal static partial class OpenMpWaitPolicy
{
    private const string Variable = "OMP_WAIT_POLICY";

    /// <summary>Sets the passive policy unless <c>OMP_WAIT_POLICY</c> is already set (Linux and macOS; elsewhere nothing).</summary>
    public static void PreferPassive()
    {
        if (Environment.GetEnvironmentVariable(Variable) is null && (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()))
        {
            _ = SetEnvironment(Variable, "PASSIVE", 0);
        }
    }

    [DllImport("libc", EntryPoint = "setenv", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int SetEnvironment(string name, string value, int overwrite);
}
