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

    /// <summary>The path of <paramref name="parts"/> (a name, or folder and file names) inside the directory; nothing is created.</summary>
    public string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>Writes <paramref name="content"/> (UTF-8, no BOM) to <paramref name="name"/> and returns its path.</summary>
    public string Write(string name, string content) => Write(name, path => File.WriteAllText(path, content));

    /// <summary>Writes <paramref name="content"/> to <paramref name="name"/> as it is and returns its path.</summary>
    public string Write(string name, byte[] content) => Write(name, path => File.WriteAllBytes(path, content));

    /// <summary>The names of the files and folders directly inside the directory, in ordinal order.</summary>
    public IReadOnlyList<string> Entries() =>
        Directory.EnumerateFileSystemEntries(Root).Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private string Write(string name, Action<string> write)
    {
        var path = Path(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        write(path);
        return path;
    }
}
