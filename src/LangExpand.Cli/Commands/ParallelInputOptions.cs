using System.CommandLine;
using LangExpand.Core.Languages;
using LangExpand.Parallel;
using LangExpand.Parallel.Alignment;
using LangExpand.Parallel.Text;
using LangExpand.Parallel.Tokenization;

namespace LangExpand.Cli.Commands;

/// <summary>The options of every command that reads and word-aligns parallel text (<c>parallel align</c>, <c>parallel induce-lexicon</c>).</summary>
internal sealed class ParallelInputOptions
{
    private readonly Option<string?> _sourceLanguage = new("--src-lang") { Description = "Source language (ISO 639 code or name); chooses TMX variants, checked against Bible headers" };
    private readonly Option<string?> _targetLanguage = new("--tgt-lang") { Description = "Target language (ISO 639 code or name)" };
    private readonly Option<string[]> _inputs = new("--parallel")
    {
        Description = "Parallel text: SRC TGT (verse-tsv, ces, moses) or one FILE (tsv, pipes, tmx)",
        Required = true,
        AllowMultipleArgumentsPerToken = true,
        Arity = new ArgumentArity(1, 2),
    };
    private readonly Option<string?> _format = new("--format") { Description = $"Input format, detected when omitted: {string.Join(", ", ParallelFormatNames.All)}" };
    private static readonly AlignmentOptions Defaults = new();
    private readonly Option<int> _iterations = new("--iterations") { Description = "EM iterations per direction", DefaultValueFactory = _ => Defaults.Iterations };
    private readonly Option<bool> _agreement = new("--agreement")
    {
        Description = "Train the two directions by agreement and link by their agreed posteriors (true or false; false is fast_align's way)",
        DefaultValueFactory = _ => Defaults.Agreement,
    };
    private readonly Option<double> _linkThreshold = new("--link-threshold")
    {
        Description = "With --agreement: the agreed posterior a link must exceed", DefaultValueFactory = _ => Defaults.LinkThreshold,
    };
    private readonly Option<int> _stemLength = new("--stem-length")
    {
        Description = "Align words by their first N characters (0: whole words)", DefaultValueFactory = _ => Defaults.StemLength,
    };
    private readonly Option<bool> _lowercase = new("--lowercase") { Description = "Lower-case tokens (true or false)", DefaultValueFactory = _ => true };
    private readonly Option<string> _tokenizer = new("--tokenizer") { Description = "unicode (words and punctuation) or whitespace (pre-tokenised text)", DefaultValueFactory = _ => "unicode" };

    public ParallelInputOptions()
    {
        _format.AcceptOnlyFromAmong([.. ParallelFormatNames.All]);
        _tokenizer.AcceptOnlyFromAmong("unicode", "whitespace");
    }

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _sourceLanguage, _targetLanguage, _inputs, _format, _iterations, _agreement, _linkThreshold, _stemLength, _lowercase, _tokenizer })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The job options these command-line values describe, writing to <paramref name="output"/>.</summary>
    public AlignFilesOptions Read(ParseResult parse, string output) => new(parse.GetValue(_inputs)!, output)
    {
        Format = parse.GetValue(_format) is { } name ? ParallelFormatNames.Parse(name) : null,
        SourceLanguage = Language(parse.GetValue(_sourceLanguage)),
        TargetLanguage = Language(parse.GetValue(_targetLanguage)),
        Alignment = new AlignmentOptions
        {
            Iterations = parse.GetValue(_iterations),
            Agreement = parse.GetValue(_agreement),
            LinkThreshold = parse.GetValue(_linkThreshold),
            StemLength = parse.GetValue(_stemLength),
        },
        Tokenizer = new TokenizerOptions
        {
            Lowercase = parse.GetValue(_lowercase),
            Mode = parse.GetValue(_tokenizer) == "whitespace" ? TokenizerMode.Whitespace : TokenizerMode.Unicode,
        },
    };

    private static LanguageCode? Language(string? text) => text is null ? null : LanguageCode.Parse(text);
}
