using LangExpand.Core.Diagnostics;
using LangExpand.Inflection.Neural.Config;
using LangExpand.Inflection.Neural.Training;

namespace LangExpand.Inflection.Neural.Tests;

/// <summary>When the neural model is a candidate of <c>--model auto</c>.</summary>
public class NeuralModelKindTests
{
    private static NeuralModelKind Kind(string device, bool? joinsAuto) =>
        new(new NeuralTrainingOptions(NeuralPresets.Create(NeuralPresets.Cpu), device, JoinsAuto: joinsAuto));

    [Theory]
    [InlineData("cpu", true, true)]
    [InlineData("auto", false, false)]
    [InlineData("cpu", null, false)]
    public void An_explicit_choice_wins_and_the_cpu_never_joins_by_default(string device, bool? joinsAuto, bool expected) =>
        Assert.Equal(expected, Kind(device, joinsAuto).JoinsAuto);

    [Fact]
    public void By_default_the_neural_model_joins_auto_exactly_when_the_device_resolves_to_a_gpu() =>
        Assert.Equal(LangExpand.Torch.Runtime.TorchDevices.CudaDeviceCount() > 0, Kind("auto", null).JoinsAuto);

    [Fact]
    public void An_explicit_cuda_device_without_a_gpu_fails_when_auto_asks_rather_than_silently_leaving_the_model_out()
    {
        if (LangExpand.Torch.Runtime.TorchDevices.CudaDeviceCount() > 0)
        {
            Assert.True(Kind("cuda", null).JoinsAuto);
            return;
        }
        Assert.Equal(ErrorCode.TorchUnavailable, Assert.Throws<LangExpandException>(() => Kind("cuda", null).JoinsAuto).Code);
    }
}
