using System.Text;

namespace LangExpand.Fuzz;

/// <summary>
/// One reader under test: its name, a display name for its input (readers may decide a dialect from it), a small valid
/// sample, the files under <c>shared/data</c> whose lines seed it (<c>folder/pattern</c>; none for XML readers, whose
/// slices would only test well-formedness) and the call that reads a stream to its end.
/// </summary>
public sealed record ReaderTarget(string Name, string FileName, string Sample, IReadOnlyList<string> SharedFiles, Action<Stream, string> Read)
{
    /// <summary>The most lines of a shared file kept as seed material.</summary>
    public const int LinesPerFile = 4_000;

    /// <summary>The lines of a slice of real data.</summary>
    public const int SliceLines = 40;

    /// <summary>
    /// The seed inputs (display name, bytes): the sample, and when <paramref name="sharedRoot"/> is given, the first
    /// <see cref="LinesPerFile"/> lines of each of its files.
    /// </summary>
    public IReadOnlyList<(string Name, string[] Lines)> Seeds(string? sharedRoot)
    {
        var seeds = new List<(string, string[])> { (FileName, Sample.Split('\n')) };
        if (sharedRoot is null)
        {
            return seeds;
        }
        foreach (var pattern in SharedFiles)
        {
            var directory = Path.Combine(sharedRoot, Path.GetDirectoryName(pattern)!);
            if (Directory.Exists(directory))
            {
                seeds.AddRange(Directory.EnumerateFiles(directory, Path.GetFileName(pattern)).Order(StringComparer.Ordinal)
                    .Select(file => (Path.GetFileName(file), File.ReadLines(file).Take(LinesPerFile).ToArray())));
            }
        }
        return seeds;
    }

    /// <summary>A slice of <paramref name="lines"/>: all of a short seed, else <see cref="SliceLines"/> lines from a random start (with the first line, often a header).</summary>
    public static byte[] Slice(string[] lines, Random random)
    {
        if (lines.Length <= SliceLines)
        {
            return Encoding.UTF8.GetBytes(string.Join('\n', lines));
        }
        var start = random.Next(1, lines.Length - SliceLines);
        return Encoding.UTF8.GetBytes(string.Join('\n', [lines[0], .. lines.AsSpan(start, SliceLines)]) + "\n");
    }
}
