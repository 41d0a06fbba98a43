using System.CommandLine;
using LangExpand.Adaptation.Corpus;
using LangExpand.Adaptation.Vocabulary;
using LangExpand.Tokenization.Extension;

namespace LangExpand.Cli.Commands;

/// <summary><c>langexpand adapt extend-vocab</c>: add target-language subwords and resize the embeddings.</summary>
internal static class AdaptExtendVocabCommand
{
    public static Command Create()
    {
        var model = CommonOptions.RequiredPath("--model", "Model directory (Hugging Face layout)");
        var text = new Option<string[]>("--text") { Description = "Target text: verse TSV, CES XML Bible or plain text", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = CommonOptions.RequiredPath("--out", "Model directory to write");
        var heldOut = CommonOptions.AtLeast(new Option<int>("--held-out-last") { Description = "Leave out the last N sentences (verses) of each text file, for adapt evaluate --held-out-last N", DefaultValueFactory = _ => 0 }, 0);
        var maxNew = CommonOptions.AtLeast(new Option<int>("--max-new") { Description = "Most subwords to add", DefaultValueFactory = _ => new VocabularyExtensionOptions().MaxNewTokens }, 0);
        var parallelSource = new Option<string?>("--parallel-source")
        {
            Description = "Source-language Bible (verse TSV or CES XML) to pair with the --text Bibles verse by verse: new subwords start from the embeddings of the source subwords they align to",
        };
        var command = new Command("extend-vocab", "Add target-language subwords to the tokenizer; new embeddings start as the mean of their old pieces, or from aligned source subwords")
        {
            model, text, heldOut, output, maxNew, parallelSource,
        };
        command.SetAction(parse => CliApplication.Guard(parse, stdout =>
        {
            var texts = parse.GetValue(text)!;
            var source = parse.GetValue(parallelSource);
            var pairs = source is null ? null : VersePairs.Training(source, texts, parse.GetValue(heldOut));
            var extension = EmbeddingExtension.ExtendDirectory(parse.GetValue(model)!, TextCorpus.ReadAll(texts, parse.GetValue(heldOut)), parse.GetValue(output)!,
                new VocabularyExtensionOptions { MaxNewTokens = parse.GetValue(maxNew) }, pairs);
            stdout.WriteLine($"added {extension.NewTokens.Count} subwords: {extension.OldVocabularySize} → {extension.NewVocabularySize} ids -> {parse.GetValue(output)}");
        }));
        return command;
    }
}
