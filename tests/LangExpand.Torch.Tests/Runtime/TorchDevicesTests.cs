using LangExpand.Core.Diagnostics;
using LangExpand.Torch.Runtime;
using TorchSharp;

namespace LangExpand.Torch.Tests.Runtime;

public sealed class TorchDevicesTests
{
    [Theory]
    [InlineData("auto", 0, DeviceType.CPU, -1)]
    [InlineData("auto", 2, DeviceType.CUDA, 0)]
    [InlineData("cpu", 2, DeviceType.CPU, -1)]
    [InlineData("CUDA", 1, DeviceType.CUDA, 0)]
    [InlineData(" cuda:1 ", 2, DeviceType.CUDA, 1)]
    public void A_device_name_resolves_to_the_device_the_machine_has(string name, int cudaDevices, DeviceType type, int index)
    {
        var device = TorchDevices.Resolve(name, cudaDevices);

        Assert.Equal(type, device.type);
        Assert.Equal(index, device.index);
    }

    [Theory]
    [InlineData("cuda", 0)]
    [InlineData("cuda:2", 2)]
    public void Asking_for_a_missing_gpu_is_a_clear_error(string name, int cudaDevices)
    {
        var error = Assert.Throws<LangExpandException>(() => TorchDevices.Resolve(name, cudaDevices));

        Assert.Equal(ErrorCode.TorchUnavailable, error.Code);
        Assert.Contains("--device cpu", error.Message);
    }

    [Theory]
    [InlineData("gpu")]
    [InlineData("cuda:x")]
    [InlineData("cuda:-1")]
    public void An_unknown_device_name_is_an_invalid_option(string name)
    {
        var error = Assert.Throws<LangExpandException>(() => TorchDevices.Resolve(name, 1));

        Assert.Equal(ErrorCode.InvalidOption, error.Code);
    }

    [Fact]
    public void Auto_resolves_on_this_machine_to_a_device_that_works()
    {
        var device = TorchDevices.Resolve("auto");
        using var ones = torch.ones(3, device: device);

        Assert.Equal(3f, ones.sum().cpu().item<float>());
    }
}
