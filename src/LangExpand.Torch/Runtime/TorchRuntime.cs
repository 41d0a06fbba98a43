using LangExpand.Core.Diagnostics;
using TorchSharp;

namespace LangExpand.Torch.Runtime;

/// <summary>
/// Process-wide libtorch settings: loading the native runtime (with a clear error when it cannot be loaded), the
/// number of CPU threads, and seeding for reproducible runs.
/// </summary>
public static class TorchRuntime
{
    private const string LoadHint =
        "the native files beside the program (runtimes/linux-x64/native: libLibTorchSharp.so, libtorch_cpu.so, …) and a " +
        "libstdc++ with GLIBCXX_3.4.30 or later; builds of this repository mark libLibTorchSharp.so's GLIBCXX_3.4.32 " +
        "requirement weak (DEVELOPERS.md, \"LangExpand.Torch\"), so rebuild rather than copy files from the NuGet cache";

    private static readonly Lock Gate = new();
    private static bool _loaded;

    /// <summary>
    /// Loads libtorch for the CPU once per process; a failure (missing native files, an old libstdc++) becomes a
    /// <see cref="LangExpandException"/> with <see cref="ErrorCode.TorchUnavailable"/> that says what is needed.
    /// </summary>
    public static void EnsureLoaded()
    {
        lock (Gate)
        {
            if (_loaded)
            {
                return;
            }
            OpenMpWaitPolicy.PreferPassive();
            try
            {
                torch.InitializeDeviceType(DeviceType.CPU);
            }
            catch (Exception e) when (e is not LangExpandException)
            {
                throw new LangExpandException(ErrorCode.TorchUnavailable, $"libtorch could not be loaded ({e.GetBaseException().Message})", expected: LoadHint, inner: e);
            }
            _loaded = true;
        }
    }

    /// <summary>Sets the number of threads libtorch uses for intra-op parallelism on the CPU.</summary>
    public static void SetThreads(int threads)
    {
        if (threads < 1)
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"the thread count {threads} is not positive", expected: "a thread count of at least 1");
        }
        EnsureLoaded();
        torch.set_num_threads(threads);
    }

    /// <summary>The number of threads libtorch uses for intra-op parallelism on the CPU.</summary>
    public static int Threads
    {
        get
        {
            EnsureLoaded();
            return torch.get_num_threads();
        }
    }

    /// <summary>
    /// Seeds libtorch's default generators (CPU, and every CUDA device when there is one), so that parameter
    /// initialisation, dropout and sampling repeat exactly on the CPU for the same seed.
    /// </summary>
    public static void Seed(long seed)
    {
        EnsureLoaded();
        torch.random.manual_seed(seed);
        if (TorchDevices.CudaDeviceCount() > 0)
        {
            torch.cuda.manual_seed_all(seed);
        }
    }
}
