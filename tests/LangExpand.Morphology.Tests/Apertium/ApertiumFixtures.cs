using System.Text;
using LangExpand.Core.FiniteState;
using LangExpand.Morphology.Apertium;
using LangExpand.TestKit;

namespace LangExpand.Morphology.Tests.Apertium;

/// <summary>Small hand-made Apertium inputs: AT&amp;T text as lt-print writes it, and lt-expand listings.</summary>
internal static class ApertiumFixtures
{
    /// <summary>A UTF-8 stream of <paramref name="text"/>.</summary>
    public static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    /// <summary>Reads AT&amp;T text named <c>fixture.att</c>.</summary>
    public static AttTransducer Att(string text) => AttTextReader.Read(Stream(text), "fixture.att");

    /// <summary>AT&amp;T text with one straight path per analysis: the form on the input side, the lexical form on the output side.</summary>
    public static string Analyser(IEnumerable<(string Form, string Lexical)> analyses) => AttText.StraightPaths(analyses);

    /// <summary>
    /// <paramref name="count"/> regular Spanish-like -ar verbs with distinct made-up lemmas, each with an infinitive and a
    /// present indicative first and third person singular: three analyses per lemma.
    /// </summary>
    public static IEnumerable<(string Form, string Lexical)> Verbs(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var stem = "c" + string.Concat(i.ToString("D3").Select(digit => (char)('a' + digit - '0')));
            yield return ($"{stem}ar", $"{stem}ar<vblex><inf>");
            yield return ($"{stem}o", $"{stem}ar<vblex><pri><p1><sg>");
            yield return ($"{stem}a", $"{stem}ar<vblex><pri><p3><sg>");
        }
    }

    /// <summary>The same analyses as <c>lt-expand</c> lines.</summary>
    public static string Expanded(IEnumerable<(string Form, string Lexical)> analyses) =>
        string.Concat(analyses.Select(a => $"{a.Form}:{a.Lexical}\n"));
}
