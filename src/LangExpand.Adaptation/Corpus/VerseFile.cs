using LangExpand.Parallel.Verses;

namespace LangExpand.Adaptation.Corpus;

/// <summary>A Bible with verse ids from a CES XML file (<c>.xml</c>, as in <c>bible-nt</c>) or a verse TSV (anything else).</summary>
public static class VerseFile
{
    /// <summary>The verses of <paramref name="path"/>, in file order.</summary>
    public static Bible Read(string path) =>
        path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) ? CesBibleReader.Read(path) : VerseTsvReader.Read(path);
}
