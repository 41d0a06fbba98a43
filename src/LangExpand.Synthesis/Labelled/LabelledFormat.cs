using LangExpand.Core.Diagnostics;

namespace LangExpand.Synthesis.Labelled;

/// <summary>The labelled-data formats <c>synth labelled</c> reads and writes (the output has the input's format).</summary>
public enum LabelledFormat
{
    /// <summary>CoNLL-U (Universal Dependencies).</summary>
    Conllu,

    /// <summary>Token/tag TSV (XTREME, WikiAnn): <c>token&lt;TAB&gt;label</c>, blank line between sentences.</summary>
    Tsv,

    /// <summary>MASSIVE-style JSONL utterances with inline slot annotation.</summary>
    Jsonl,
}

/// <summary>Tells the format of labelled input from its file name or its first line.</summary>
public static class LabelledFormats
{
    /// <summary>The format named by <paramref name="path"/>'s extension, or null.</summary>
    public static LabelledFormat? FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".conllu" or ".conll" => LabelledFormat.Conllu,
        ".tsv" or ".bio" or ".iob" or ".iob2" => LabelledFormat.Tsv,
        ".jsonl" => LabelledFormat.Jsonl,
        _ => null,
    };

    /// <summary>The format of input whose first non-blank line is <paramref name="firstLine"/> (read from <paramref name="source"/>).</summary>
    public static LabelledFormat FromContent(string? firstLine, string source)
    {
        var tabs = firstLine?.Count(c => c == '\t');
        return firstLine switch
        {
            null => throw new LangExpandException(ErrorCode.MissingInput, $"{source} is empty", null, "labelled data: CoNLL-U, token<TAB>label TSV or JSONL"),
            _ when firstLine.StartsWith('{') => LabelledFormat.Jsonl,
            _ when firstLine.StartsWith('#') || tabs == 9 => LabelledFormat.Conllu,
            _ when tabs == 1 => LabelledFormat.Tsv,
            _ => throw new LangExpandException(ErrorCode.AmbiguousFormat, $"cannot tell the format of {source} from its first line", null,
                "CoNLL-U (10 tab-separated columns), token<TAB>label TSV or JSONL objects; or name it with --format conllu|tsv|jsonl"),
        };
    }
}
