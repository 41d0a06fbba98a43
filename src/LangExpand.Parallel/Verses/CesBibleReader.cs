using System.Xml;
using LangExpand.Core.IO;
using LangExpand.Core.Languages;
using LangExpand.Parallel.Text;

namespace LangExpand.Parallel.Verses;

/// <summary>
/// Reads a Bible in the Corpus Encoding Standard XML of the multilingual Bible corpus (Christodoulopoulos &amp; Steedman):
/// <c>&lt;seg id="b.MAT.1.1" type="verse"&gt;…&lt;/seg&gt;</c> inside book and chapter <c>&lt;div&gt;</c>s, the language in
/// the header's <c>&lt;language iso639="…"&gt;name&lt;/language&gt;</c> and the body's <c>lang</c>. Merged verses, empty
/// verses, verses whose C1 control characters were read as Windows-1252 (<see cref="C1Controls"/>) and a header language that disagrees with itself or with the expected language go into the read report.
/// </summary>
public static class CesBibleReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static Bible Read(string path, LanguageCode? expected = null)
    {
        using var stream = XmlInput.Open(path);
        return Read(stream, path, expected);
    }

    /// <summary>Reads <paramref name="stream"/>; <paramref name="name"/> names it in errors and reports.</summary>
    public static Bible Read(Stream stream, string name, LanguageCode? expected = null) => XmlInput.Read(stream, name, reader =>
    {
        reader.MoveToContent();
        if (reader.LocalName != "cesDoc")
        {
            throw XmlInput.Error(reader, name, $"the document element is <{reader.LocalName}>", "<cesDoc>, a Bible in CES XML");
        }
        var verses = new List<Verse>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        string? code = null, languageName = null, bodyCode = null;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            switch (reader.LocalName)
            {
                case "language" when code is null:
                    code = reader.GetAttribute("iso639") ?? reader.GetAttribute("id");
                    languageName = XmlInput.ElementText(reader);
                    break;
                case "body":
                    bodyCode = reader.GetAttribute("lang");
                    break;
                case "seg" when reader.GetAttribute("type") is null or "verse":
                    verses.Add(ReadVerse(reader, name, firstLine));
                    break;
            }
        }
        var (language, notes) = HeaderLanguage.Judge(code, languageName, bodyCode, expected);
        return new Bible(name, verses, language, BibleReadReport.Of(verses, notes));
    });

    private static Verse ReadVerse(XmlReader reader, string name, Dictionary<string, int> firstLine)
    {
        var line = XmlInput.Location(reader, name).Line;
        var raw = reader.GetAttribute("id");
        if (string.IsNullOrWhiteSpace(raw))
        {
            throw XmlInput.Error(reader, name, "a verse <seg> without an id", "id=\"b.BOOK.CHAPTER.VERSE\"");
        }
        var (id, further) = Verse.ParseId(raw);
        foreach (var covered in further.Prepend(id))
        {
            if (!firstLine.TryAdd(covered, line))
            {
                throw XmlInput.Error(reader, name, $"verse id {covered} appears again (first on line {firstLine[covered]})", "each verse once");
            }
        }
        var text = XmlInput.ElementText(reader);
        return new Verse(id, C1Controls.Repair(text), further, line) { Repaired = C1Controls.Any(text) };
    }
}
