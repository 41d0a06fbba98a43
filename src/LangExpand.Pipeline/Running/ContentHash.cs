using System.Security.Cryptography;
using System.Text;

namespace LangExpand.Pipeline.Running;

/// <summary>SHA-256 of files, directories (every file, by relative path) and text, as lower-case hex.</summary>
public static class ContentHash
{
    /// <summary>The hash of the file at <paramref name="path"/>.</summary>
    public static string File(string path)
    {
        using var stream = System.IO.File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>The hash of each file under <paramref name="path"/> (a file gives itself), keyed by <paramref name="prefix"/>/relative path, in ordinal order.</summary>
    public static SortedDictionary<string, string> Files(string path, string prefix)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (System.IO.File.Exists(path))
        {
            hashes[prefix] = File(path);
        }
        else if (Directory.Exists(path))
        {
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
            {
                hashes[prefix + "/" + Path.GetRelativePath(path, file).Replace('\\', '/')] = File(file);
            }
        }
        return hashes;
    }

    /// <summary>One hash of a file or a whole directory (its files' relative paths and hashes); null when it does not exist.</summary>
    public static string? Of(string path)
    {
        var files = Files(path, "");
        return files.Count == 0 ? null : Text(string.Concat(files.Select(f => $"{f.Key}\t{f.Value}\n")));
    }

    /// <summary>The hash of UTF-8 text.</summary>
    public static string Text(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
