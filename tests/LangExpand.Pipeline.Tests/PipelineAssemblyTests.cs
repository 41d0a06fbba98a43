using System.Reflection;

namespace LangExpand.Pipeline.Tests;

/// <summary>The Pipeline stays torch-free: the encoder steps come from LangExpand.Pipeline.Encoders.</summary>
public sealed class PipelineAssemblyTests
{
    private static readonly string[] TorchAssemblies = ["TorchSharp", "LangExpand.Torch", "LangExpand.Adaptation", "LangExpand.Pipeline.Encoders"];

    [Fact]
    public void The_pipeline_references_no_torch_assembly_directly_or_through_the_projects_it_references()
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<Assembly>([typeof(LanguagePacks).Assembly]);
        while (pending.TryDequeue(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => reached.Add(r.Name!)))
            {
                if (reference.Name!.StartsWith("LangExpand.", StringComparison.Ordinal))
                {
                    pending.Enqueue(Assembly.Load(reference));
                }
            }
        }

        Assert.Contains("LangExpand.Synthesis", reached);
        Assert.Empty(reached.Intersect(TorchAssemblies));
    }

    [Fact]
    public void A_torch_free_build_carries_no_TorchSharp_or_libtorch()
    {
        var files = Directory.EnumerateFiles(AppContext.BaseDirectory, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();

        Assert.Contains("LangExpand.Pipeline.dll", files);
        Assert.DoesNotContain(files, f => f!.Contains("torch", StringComparison.OrdinalIgnoreCase));
    }
}
