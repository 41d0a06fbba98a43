using LangExpand.Pipeline.Requests;

namespace LangExpand.Pipeline.Steps;

/// <summary>The request and the pack, as steps see them while planning and running.</summary>
public sealed class PackContext
{
    private readonly HashSet<string> _produced = new(StringComparer.Ordinal);

    /// <summary>Creates the context of <paramref name="request"/>.</summary>
    public PackContext(PackRequest request)
    {
        Request = request;
        PackDirectory = Path.GetFullPath(request.Output);
    }

    /// <summary>The validated request.</summary>
    public PackRequest Request { get; }

    /// <summary>The pack directory (absolute).</summary>
    public string PackDirectory { get; }

    /// <summary>The absolute path of a pack-relative path.</summary>
    public string PackPath(string relativePath) => Path.Combine(PackDirectory, relativePath);

    /// <summary>True when an earlier step of this run plans to write <paramref name="relativePath"/>.</summary>
    public bool Produces(string relativePath) => _produced.Contains(relativePath);

    /// <summary>Records the outputs of a planned step (called by the runner).</summary>
    internal void AddOutputs(IEnumerable<string> outputs) => _produced.UnionWith(outputs);
}
