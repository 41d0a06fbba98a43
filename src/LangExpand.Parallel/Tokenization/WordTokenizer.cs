using System.Buffers;
using System.Globalization;
using System.Text;

namespace LangExpand.Parallel.Tokenization;

/// <summary>
/// Splits text into word and punctuation tokens by Unicode category. A word is a run of letters (L*), combining marks (M*)
/// and numbers (N*), which may also hold zero-width joiners (U+200C, U+200D) and, when
/// <see cref="TokenizerOptions.KeepApostrophesInWords"/> is set, apostrophes between word characters. Every other visible
/// character (punctuation, symbols) is a token of its own; white space separates tokens and is dropped.
/// </summary>
public sealed class WordTokenizer
{
    /// <summary>Creates a tokenizer with the given options (the defaults when null).</summary>
    public WordTokenizer(TokenizerOptions? options = null) => Options = options ?? new TokenizerOptions();

    /// <summary>The options this tokenizer applies.</summary>
    public TokenizerOptions Options { get; }

    /// <summary>The tokens of <paramref name="text"/>, in order.</summary>
    public IReadOnlyList<string> Tokenize(string text)
    {
        var normal = Prepare(text);
        var tokens = new List<string>();
        foreach (var range in Split(normal))
        {
            tokens.Add(normal[range]);
        }
        return tokens;
    }

    /// <summary>Applies normalisation and lower-casing: the text whose ranges <see cref="Split"/> returns.</summary>
    internal string Prepare(string text)
    {
        if (Options.NormalizeToNfc)
        {
            text = Nfc(text);
        }
        return Options.Lowercase ? text.ToLowerInvariant() : text;
    }

    /// <summary>
    /// NFC of <paramref name="text"/>. .NET's normaliser refuses the noncharacters U+FFFE and U+FFFF (other noncharacters
    /// pass), so the pieces between them are normalised on their own: neither composes with anything, so the result is the
    /// same, and they stay in the text like the other noncharacters.
    /// </summary>
    private static string Nfc(string text)
    {
        if (text.AsSpan().IndexOfAny('\uFFFE', '\uFFFF') < 0)
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        var builder = new StringBuilder(text.Length);
        var start = 0;
        for (int end; (end = text.AsSpan(start).IndexOfAny('\uFFFE', '\uFFFF')) >= 0; start += end + 1)
        {
            builder.Append(Nfc(text.Substring(start, end))).Append(text[start + end]);
        }
        return builder.Append(Nfc(text[start..])).ToString();
    }

    /// <summary>The token ranges of prepared text.</summary>
    internal List<Range> Split(string text)
    {
        var ranges = new List<Range>();
        var index = 0;
        while (index < text.Length)
        {
            var kind = Classify(text, index, out var width);
            if (kind == CharKind.Space || (kind == CharKind.Joiner && Options.Mode == TokenizerMode.Unicode))
            {
                index += width;
                continue;
            }
            var start = index;
            index += width;
            if (kind == CharKind.Word || Options.Mode == TokenizerMode.Whitespace)
            {
                index = ExtendWord(text, index);
            }
            ranges.Add(start..index);
        }
        return ranges;
    }

    private int ExtendWord(string text, int index)
    {
        while (index < text.Length)
        {
            var kind = Classify(text, index, out var width);
            var continues = Options.Mode == TokenizerMode.Whitespace
                ? kind != CharKind.Space
                : kind is CharKind.Word or CharKind.Joiner || (kind == CharKind.Apostrophe && Options.KeepApostrophesInWords
                    && index + width < text.Length && Classify(text, index + width, out _) == CharKind.Word);
            if (!continues)
            {
                break;
            }
            index += width;
        }
        return index;
    }

    private static CharKind Classify(string text, int index, out int width)
    {
        if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out width) != OperationStatus.Done)
        {
            return CharKind.Other;
        }
        if (Rune.IsWhiteSpace(rune))
        {
            return CharKind.Space;
        }
        return rune.Value switch
        {
            0x27 or 0x2019 => CharKind.Apostrophe,
            0x200C or 0x200D => CharKind.Joiner,
            _ => Rune.GetUnicodeCategory(rune) switch
            {
                >= UnicodeCategory.UppercaseLetter and <= UnicodeCategory.OtherNumber => CharKind.Word,
                _ => CharKind.Other,
            },
        };
    }

    private enum CharKind
    {
        Word,
        Space,
        Apostrophe,
        Joiner,
        Other,
    }
}
