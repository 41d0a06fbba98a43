using LangExpand.Core.Diagnostics;
using LangExpand.Torch.Runtime;
using static TorchSharp.torch;

namespace LangExpand.Torch.Tests.Runtime;

public sealed class TorchRuntimeTests
{
    [Fact]
    public void Libtorch_loads_and_a_small_graph_computes_its_gradient_on_the_cpu()
    {
        TorchRuntime.EnsureLoaded();
        using var scope = NewDisposeScope();
        var x = tensor(new float[] { 1f, 2f, 3f }).requires_grad_();
        var y = (x * x).sum();
        y.backward();

        Assert.Equal(14f, y.item<float>());
        Assert.Equal(new float[] { 2f, 4f, 6f }, x.grad!.data<float>().ToArray());
    }

    [Fact]
    public void The_same_seed_gives_the_same_random_tensor()
    {
        using var scope = NewDisposeScope();
        TorchRuntime.Seed(1234);
        var first = randn(16).data<float>().ToArray();
        TorchRuntime.Seed(1234);
        var second = randn(16).data<float>().ToArray();
        TorchRuntime.Seed(4321);
        var other = randn(16).data<float>().ToArray();

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void The_thread_count_can_be_set_and_must_be_positive()
    {
        var before = TorchRuntime.Threads;
        try
        {
            TorchRuntime.SetThreads(1);
            Assert.Equal(1, TorchRuntime.Threads);
        }
        finally
        {
            TorchRuntime.SetThreads(before);
        }
        Assert.Equal(ErrorCode.InvalidOption, Assert.Throws<LangExpandException>(() => TorchRuntime.SetThreads(0)).Code);
    }
}
