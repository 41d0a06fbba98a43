using System.Text;
using LangExpand.Core.FiniteState;
using LangExpand.Lexicons.Formats;

namespace LangExpand.Lexicons.Apertium;

/// <summary>
/// Reads a compiled Apertium bilingual dictionary from its AT&amp;T text (<c>lt-print eng-spa.autobil.bin</c>): every path
/// through the transducer is an entry (<see cref="TransducerPaths"/>: cyclic regular-expression states are not entered,
/// and paths stop at <see cref="MaxPathLength"/> arcs), the input side the source and the output side the target. On each
/// side the characters are the text (the <c>#</c> that marks a multiword's invariable part is dropped), the first tag the
/// part of speech and the other tags the tags. An <c>autobil</c> transducer translates one way, so entries are
/// source-to-target, score 1, line 0, and named <c>apertium:&lt;pair&gt;</c> after a file called <c>&lt;pair&gt;.autobil.*</c>.
/// Paths with an empty side, or with a tag holding <c>;</c>, are left out. Finite but combinatorial sections are listed in
/// full: Debian's eng-spa has 236,412 century ranges (<c>55th and 33rd centuries</c>); <see cref="Merging.LexiconDrops.Numerals"/> drops them.
/// </summary>
public static class AttLexiconReader
{
    /// <summary>The cap on the arcs of one path: long enough for the longest multiword names in Apertium's dictionaries.</summary>
    public const int MaxPathLength = 256;

    private const char InvariablePartMark = '#';

    /// <summary>Reads the AT&amp;T file at <paramref name="path"/>; <paramref name="resource"/> overrides the provenance name.</summary>
    public static IReadOnlyList<LexiconEntry> Read(string path, string? resource = null) =>
        FromTransducer(AttTextReader.Read(path), ResourceName.Of(path, resource ?? ResourceFor(path)));

    /// <summary>Reads AT&amp;T text from <paramref name="stream"/>; <paramref name="sourceName"/> names it in errors and, by default, in provenance.</summary>
    public static IReadOnlyList<LexiconEntry> Read(Stream stream, string sourceName, string? resource = null) =>
        FromTransducer(AttTextReader.Read(stream, sourceName), ResourceName.Of(sourceName, resource ?? ResourceFor(sourceName)));

    /// <summary>The entries of the paths of <paramref name="transducer"/>, in walk order, named <paramref name="resource"/>.</summary>
    public static IReadOnlyList<LexiconEntry> FromTransducer(AttTransducer transducer, string resource)
    {
        var provenance = new LexiconProvenance(resource);
        return TransducerPaths.Enumerate(transducer, maxLength: MaxPathLength)
            .Select(path => (Source: Side(path.Input), Target: Side(path.Output)))
            .Where(pair => pair.Source is not null && pair.Target is not null)
            .Select(pair => new LexiconEntry(pair.Source!, pair.Target!, 1, LexiconDirection.SourceToTarget, provenance))
            .ToList();
    }

    /// <summary><c>apertium:eng-spa</c> for a file named <c>eng-spa.autobil.att</c> (or <c>.bin</c>); otherwise the file name.</summary>
    public static string ResourceFor(string sourceName)
    {
        var file = Path.GetFileName(sourceName);
        var mark = file.IndexOf(".autobil", StringComparison.Ordinal);
        return mark > 0 ? $"apertium:{file[..mark]}" : file;
    }

    /// <summary>A side from a path's symbols, or null when it has no text or cannot be a side.</summary>
    private static LexiconSide? Side(string symbols)
    {
        var text = new StringBuilder(symbols.Length);
        var tags = new List<string>();
        for (var i = 0; i < symbols.Length; i++)
        {
            if (AttSymbols.TagEnd(symbols, i) is var close and >= 0)
            {
                tags.Add(symbols[(i + 1)..close]);
                i = close;
            }
            else if (symbols[i] != InvariablePartMark)
            {
                text.Append(symbols[i]);
            }
        }
        var value = text.ToString();
        return LexiconText.Problem(value, null, tags) is null ? LexiconSide.FromTagged(value, tags) : null;
    }
}
