namespace LangExpand.TestKit;

/// <summary>A fresh temporary directory for one test, deleted with everything in it on dispose.</summary>
public sealed class ScratchDirectory : IDisposable
{
    /// <summary>Creates the directory under the system temporary folder.</summary>
    public ScratchDirectory()
    {
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "langexpand-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    /// <summary>The directory's full path.</summary>
    public string Root { get; }

    /// <summary>The path of <paramref name="name"/> inside the directory.</summary>
    public string Path(string name) => System.IO.Path.Combine(Root, name);

    /// <summary>Writes <paramref name="content"/> (UTF-8, no BOM) to <paramref name="name"/> and returns its path.</summary>
    public string Write(string name, string content)
    {
        var path = Path(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
