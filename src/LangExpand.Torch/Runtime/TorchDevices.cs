using System.Globalization;
using LangExpand.Core.Diagnostics;
using TorchSharp;

namespace LangExpand.Torch.Runtime;

/// <summary>Resolves the <c>--device auto|cpu|cuda[:N]</c> option to a libtorch device.</summary>
public static class TorchDevices
{
    /// <summary>The accepted spellings, for help texts and errors.</summary>
    public const string Choices = "auto, cpu, cuda or cuda:N";

    private const string CudaHint =
        "--device cpu, or a machine with a CUDA GPU and a build made with -p:LangExpandTorchBackend=cuda (DEVELOPERS.md)";

    /// <summary>
    /// <c>auto</c> → the first CUDA device when one is available, else the CPU; <c>cpu</c>; <c>cuda</c> or
    /// <c>cuda:N</c> → that GPU, or a <see cref="ErrorCode.TorchUnavailable"/> error when it is not there.
    /// </summary>
    public static torch.Device Resolve(string device) => Resolve(device, CudaDeviceCount());

    /// <summary>The number of CUDA devices libtorch can use (0 with the CPU-only native package).</summary>
    public static int CudaDeviceCount()
    {
        TorchRuntime.EnsureLoaded();
        return torch.TryInitializeDeviceType(DeviceType.CUDA) && torch.cuda.is_available() ? torch.cuda.device_count() : 0;
    }

    /// <summary><see cref="Resolve(string)"/> for a machine with <paramref name="cudaDevices"/> CUDA devices.</summary>
    internal static torch.Device Resolve(string device, int cudaDevices)
    {
        var name = device.Trim().ToLowerInvariant();
        switch (name)
        {
            case "auto":
                return cudaDevices > 0 ? new torch.Device(DeviceType.CUDA, 0) : new torch.Device(DeviceType.CPU);
            case "cpu":
                return new torch.Device(DeviceType.CPU);
            case "cuda":
                return Cuda(0, cudaDevices, device);
        }
        if (name.StartsWith("cuda:", StringComparison.Ordinal)
            && int.TryParse(name.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return Cuda(index, cudaDevices, device);
        }
        throw new LangExpandException(ErrorCode.InvalidOption, $"the device '{device}' is not known", expected: Choices);
    }

    private static torch.Device Cuda(int index, int cudaDevices, string requested)
    {
        if (index >= cudaDevices)
        {
            var found = cudaDevices == 0 ? "no CUDA device is available" : $"only {cudaDevices} CUDA device(s) are available";
            throw new LangExpandException(ErrorCode.TorchUnavailable, $"the device '{requested}' was asked for, but {found}", expected: CudaHint);
        }
        return new torch.Device(DeviceType.CUDA, index);
    }
}
