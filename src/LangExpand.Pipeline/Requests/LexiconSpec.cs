using LangExpand.Core.Diagnostics;
using LangExpand.Lexicons;

namespace LangExpand.Pipeline.Requests;

/// <summary>
/// One <c>--lexicon</c> value: <c>apertium:PAIR</c> (an installed Apertium pair's compiled bilingual dictionary, printed
/// with <c>lt-print</c>; PAIR is <c>source-target</c>, e.g. <c>eng-spa</c>), or <c>[reverse:][FORMAT:]FILE</c> where FORMAT
/// is <c>tsv</c> (default), <c>muse</c>, <c>apertium-dix</c> or <c>apertium-att</c>, and <c>reverse:</c> swaps the sides
/// of a lexicon written target → source (an Apertium <c>eu-en</c> dictionary when adding Basque from English).
/// </summary>
/// <param name="Text">The value as written.</param>
/// <param name="Path">The file, or null for an Apertium pair.</param>
/// <param name="Format">The file's format.</param>
/// <param name="Reverse">Swap source and target.</param>
/// <param name="ApertiumPair">The pair (<c>eng-spa</c>), or null for a file.</param>
public sealed record LexiconSpec(string Text, string? Path, LexiconFormat Format, bool Reverse, string? ApertiumPair)
{
    /// <summary>The prefix of an installed Apertium pair.</summary>
    public const string ApertiumPrefix = "apertium:";

    /// <summary>The prefix that swaps a lexicon's sides.</summary>
    public const string ReversePrefix = "reverse:";

    /// <summary>The single-file lexicon formats a spec may name.</summary>
    public static IReadOnlyList<string> FormatNames { get; } = ["tsv", "muse", "apertium-dix", "apertium-att"];

    /// <summary>A short name for file names and tables: the pair or the file name.</summary>
    public string Label => ApertiumPair is { } pair ? $"apertium-{pair}" : System.IO.Path.GetFileNameWithoutExtension(Path)!;

    /// <summary>Parses a <c>--lexicon</c> value.</summary>
    public static LexiconSpec Parse(string text)
    {
        if (text.StartsWith(ApertiumPrefix, StringComparison.Ordinal))
        {
            return new LexiconSpec(text, null, LexiconFormat.ApertiumAtt, false, ApertiumPairs.CheckName(text[ApertiumPrefix.Length..], text));
        }
        var (prefixes, path) = InputPaths.Split(text);
        var reverse = prefixes.Contains(ReversePrefix, StringComparison.Ordinal);
        var formats = FormatNames.Where(f => prefixes.Contains(f + ":", StringComparison.Ordinal)).ToList();
        if (path.Length == 0 || formats.Count > 1)
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"--lexicon '{text}' is not a lexicon specification",
                expected: "apertium:PAIR or [reverse:][tsv|muse|apertium-dix|apertium-att:]FILE");
        }
        var format = formats.Count == 1 ? LexiconFormats.Parse(formats[0])
            : path.EndsWith(".dix", StringComparison.OrdinalIgnoreCase) ? LexiconFormat.ApertiumDix : LexiconFormat.Tsv;
        return new LexiconSpec(text, path, format, reverse, null);
    }
}
