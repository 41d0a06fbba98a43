using LangExpand.Adaptation.Modeling;
using LangExpand.Core.Annotated;
using LangExpand.Parallel.Tokenization;
using LangExpand.Tokenization;
using static TorchSharp.torch;

namespace LangExpand.Adaptation.Evaluation;

/// <summary>
/// Self-training data (label distillation): raw target-language sentences cut into words and labelled by a fine-tuned
/// teacher tagger. A sentence the teacher cannot label whole (words past its length limit) is left out.
/// </summary>
public static class SilverLabels
{
    /// <summary>Longest sentence labelled, in words (longer ones are left out rather than cut).</summary>
    public const int MaxWords = 60;

    /// <summary>The words of each line of <paramref name="lines"/> (Unicode word and punctuation tokens, case kept), empty lines and lines of more than <see cref="MaxWords"/> words left out.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Words(IEnumerable<string> lines)
    {
        var tokenizer = new WordTokenizer(new TokenizerOptions { Lowercase = false });
        return [.. lines.Select(tokenizer.Tokenize).Where(words => words.Count is > 0 and <= MaxWords)];
    }

    /// <summary>The sentences of <paramref name="words"/> labelled by <paramref name="teacher"/>; sentences with an unlabelled word are left out.</summary>
    public static IReadOnlyList<TaggedSentence> Label(TokenClassificationModel teacher, ISubwordTokenizer tokenizer, IReadOnlyList<IReadOnlyList<string>> words, Device device)
    {
        var unlabelled = words.Select(w => new TaggedSentence([.. w.Select(token => new TaggedToken(token, ""))])).ToList();
        var predicted = TokenTagger.Predict(teacher, tokenizer, unlabelled, device);
        return [.. unlabelled.Zip(predicted)
            .Where(pair => pair.Second.All(label => label is not null))
            .Select(pair => new TaggedSentence([.. pair.First.Tokens.Zip(pair.Second, (token, label) => token with { Label = label! })]))];
    }
}
