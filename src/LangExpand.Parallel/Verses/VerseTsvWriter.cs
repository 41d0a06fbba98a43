using LangExpand.Core.IO;

namespace LangExpand.Parallel.Verses;

/// <summary>Writes verses as verse TSV (<c>id&lt;TAB&gt;text</c>, merged ids as <c>b.NUM.15.4 15:5</c>), atomically.</summary>
public static class VerseTsvWriter
{
    /// <summary>Writes <paramref name="verses"/> to <paramref name="path"/>, after <paramref name="comment"/> as a <c>#</c> line when given.</summary>
    public static void Write(string path, IEnumerable<Verse> verses, string? comment = null) =>
        AtomicFile.WriteText(path, writer => Write(writer, verses, comment));

    /// <summary>Writes <paramref name="verses"/> to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, IEnumerable<Verse> verses, string? comment = null)
    {
        writer.NewLine = "\n";
        if (comment is not null)
        {
            writer.WriteLine($"# {comment}");
        }
        foreach (var verse in verses)
        {
            writer.WriteLine($"{RawId(verse)}\t{verse.Text}");
        }
    }

    private static string RawId(Verse verse) => !verse.IsMerged
        ? verse.Id
        : string.Join(' ', verse.AlsoCovers.Select(id => ChapterVerse(id) ?? id).Prepend(verse.Id));

    /// <summary>The <c>CHAPTER:VERSE</c> form of a full id (<c>b.NUM.15.5</c> → <c>15:5</c>).</summary>
    private static string? ChapterVerse(string id)
    {
        var parts = id.Split('.');
        return parts.Length >= 4 ? $"{parts[^2]}:{parts[^1]}" : null;
    }
}
