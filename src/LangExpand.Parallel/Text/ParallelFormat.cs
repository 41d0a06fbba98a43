using LangExpand.Core.Diagnostics;

namespace LangExpand.Parallel.Text;

/// <summary>The layouts of parallel text the toolkit reads.</summary>
public enum ParallelFormat
{
    /// <summary>Two Bibles in verse TSV (<c>b.GEN.1.1&lt;TAB&gt;text</c>), paired by verse id.</summary>
    VerseTsv,

    /// <summary>Two Bibles in CES XML, paired by verse id.</summary>
    Ces,

    /// <summary>A Moses pair of files, paired by line.</summary>
    Moses,

    /// <summary>One file of <c>source&lt;TAB&gt;target</c> lines.</summary>
    Tsv,

    /// <summary>One file of <c>source ||| target</c> lines (fast_align's input).</summary>
    Pipes,

    /// <summary>One TMX 1.4 translation memory; the languages choose the variants.</summary>
    Tmx,
}

/// <summary>The names of <see cref="ParallelFormat"/> on the command line, and how many files each takes.</summary>
public static class ParallelFormatNames
{
    private static readonly (string Name, ParallelFormat Format)[] Table =
    [
        ("verse-tsv", ParallelFormat.VerseTsv), ("ces", ParallelFormat.Ces), ("moses", ParallelFormat.Moses),
        ("tsv", ParallelFormat.Tsv), ("pipes", ParallelFormat.Pipes), ("tmx", ParallelFormat.Tmx),
    ];

    /// <summary>Every name.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Table.Select(entry => entry.Name)];

    /// <summary>The command-line name of <paramref name="format"/>.</summary>
    public static string Name(ParallelFormat format) => Table.First(entry => entry.Format == format).Name;

    /// <summary>The format called <paramref name="name"/> (case-insensitive).</summary>
    public static ParallelFormat Parse(string name) =>
        Table.FirstOrDefault(entry => entry.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase)) is { Name: not null } found
            ? found.Format
            : throw new LangExpandException(ErrorCode.UnknownFormat, $"unknown parallel text format '{name}'", expected: string.Join(", ", All));

    /// <summary>How many files a format takes: two for the paired formats, one for the rest.</summary>
    public static int FileCount(ParallelFormat format) => format is ParallelFormat.VerseTsv or ParallelFormat.Ces or ParallelFormat.Moses ? 2 : 1;
}
