using LangExpand.Core.Diagnostics;
using LangExpand.Core.IO;
using LangExpand.Core.Languages;
using LangExpand.Lexicons.Apertium;
using LangExpand.Lexicons.Formats;
using LangExpand.Lexicons.Merging;
using LangExpand.Lexicons.Statistics;

namespace LangExpand.Lexicons;

/// <summary>Options of <see cref="LexiconTasks.Import"/>.</summary>
/// <param name="Format">The format of the inputs.</param>
/// <param name="Inputs">One file; for <see cref="LexiconFormat.PanLex"/> the source export, then the target export.</param>
/// <param name="Output">The lexicon TSV to write.</param>
/// <param name="SourceLanguage">Wiktionary: keep entries of this language only; PanLex: the source export's language, checked.</param>
/// <param name="TargetLanguage">Wiktionary (required): the language of the translations to keep; PanLex: the target export's language, checked.</param>
/// <param name="Resource">The provenance name of the entries; null names them after the input file (<c>apertium:&lt;pair&gt;</c> for an autobil).</param>
public sealed record LexiconImportOptions(
    LexiconFormat Format,
    IReadOnlyList<string> Inputs,
    string Output,
    string? SourceLanguage = null,
    string? TargetLanguage = null,
    string? Resource = null);

/// <summary>Options of <see cref="LexiconTasks.Merge"/>.</summary>
/// <param name="Inputs">Lexicon TSV files, highest priority first.</param>
/// <param name="Output">The merged lexicon TSV to write.</param>
/// <param name="Filter">Which entries to keep; null keeps all.</param>
public sealed record LexiconMergeOptions(IReadOnlyList<string> Inputs, string Output, LexiconFilter? Filter = null);

/// <summary>The file-to-file lexicon jobs behind <c>langexpand lexicon import|merge|stats</c>. Outputs are written atomically.</summary>
public static class LexiconTasks
{
    /// <summary>Reads the inputs in their format and writes them as lexicon TSV; returns the number of entries written.</summary>
    public static int Import(LexiconImportOptions options)
    {
        var inputs = options.Format == LexiconFormat.PanLex ? 2 : 1;
        if (options.Inputs.Count != inputs)
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"{options.Inputs.Count} inputs for format {Name(options.Format)}",
                expected: inputs == 2 ? "two --in files: the source language's PanLex export, then the target language's" : "one --in file");
        }
        var uses = options.Format is LexiconFormat.PanLex or LexiconFormat.Wiktionary;
        if (!uses && (options.SourceLanguage ?? options.TargetLanguage) is not null)
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"format {Name(options.Format)} does not record languages",
                expected: "--src-lang and --tgt-lang only with panlex or wiktionary");
        }
        OutputPaths.RefuseOverwriting([options.Output], options.Inputs);
        return LexiconTsvWriter.Write(Read(options), options.Output);
    }

    /// <summary>Reads lexicon TSV files, merges and filters them (<see cref="LexiconMerge"/>), and writes the result.</summary>
    public static LexiconMergeResult Merge(LexiconMergeOptions options)
    {
        if (options.Inputs.Count == 0)
        {
            throw new LangExpandException(ErrorCode.InvalidOption, "no input lexicon", expected: "one or more --in files");
        }
        OutputPaths.RefuseOverwriting([options.Output], options.Inputs);
        if (options.Filter?.MinScore is double.NaN)
        {
            throw new LangExpandException(ErrorCode.InvalidOption, "--min-score NaN is not a number", expected: "a score to keep entries from");
        }
        var result = LexiconMerge.Merge(options.Inputs.Select(input => LexiconTsvReader.Read(input)), options.Filter);
        LexiconTsvWriter.Write(result.Entries, options.Output);
        return result;
    }

    /// <summary>Counts the entries of a lexicon TSV file.</summary>
    public static LexiconStatistics Stats(string input) => LexiconStatistics.Compute(LexiconTsvReader.Read(input));

    private static IEnumerable<LexiconEntry> Read(LexiconImportOptions options)
    {
        var (input, resource) = (options.Inputs[0], options.Resource);
        return options.Format switch
        {
            LexiconFormat.Tsv => LexiconTsvReader.Read(input, resource),
            LexiconFormat.Muse => MuseReader.Read(input, resource),
            LexiconFormat.PanLex => PanLexReader.Read(input, options.Inputs[1],
                new PanLexLanguages(Language(options.SourceLanguage), Language(options.TargetLanguage)), resource),
            LexiconFormat.Wiktionary => WiktionaryReader.Read(input, Language(options.TargetLanguage)
                ?? throw new LangExpandException(ErrorCode.InvalidOption, "wiktionary needs the language of the translations", expected: "--tgt-lang, e.g. --tgt-lang spa"),
                Language(options.SourceLanguage), resource),
            LexiconFormat.ApertiumDix => DixReader.Read(input, resource),
            _ => AttLexiconReader.Read(input, resource),
        };
    }

    private static LanguageCode? Language(string? code) => code is null ? null : LanguageCode.Parse(code);

    private static string Name(LexiconFormat format) => LexiconFormats.All.First(f => f.Format == format).Name;
}
