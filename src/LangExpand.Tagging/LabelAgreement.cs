using LangExpand.Core.Annotated;

namespace LangExpand.Tagging;

/// <summary>
/// Silver labels kept where two different taggers agree (agreement-based self-training, as in co- and tri-training):
/// a word both label alike keeps the whole label, a word whose UPOS alone they agree on keeps that UPOS as a partial label
/// (<c>UPOS|*</c>), and any other word is left unknown (<see cref="MorphoLabel.Unknown"/>).
/// </summary>
public static class LabelAgreement
{
    /// <summary>
    /// <paramref name="teacher"/>'s labelled sentences with each label replaced by what it and <paramref name="peer"/>'s
    /// label of the same word agree on.
    /// </summary>
    public static IReadOnlyList<TaggedSentence> Agreed(IReadOnlyList<TaggedSentence> teacher, ITokenTagger peer)
    {
        var peerLabels = peer.Predict([.. teacher.Select(s => (IReadOnlyList<string>)[.. s.Tokens.Select(t => t.Token)])]);
        return [.. teacher.Select((sentence, s) => sentence with { Tokens = [.. sentence.Tokens.Select((token, w) => token with { Label = Agreed(token.Label, peerLabels[s][w]) })] })];
    }

    /// <summary>What two whole labels agree on: the label, its UPOS with unknown features, or nothing.</summary>
    public static string Agreed(string first, string second) =>
        first == second ? first
        : MorphoLabel.Split(first).Upos == MorphoLabel.Split(second).Upos ? MorphoLabel.Compose(MorphoLabel.Split(first).Upos, MorphoLabel.AnyFeats)
        : MorphoLabel.Unknown;
}
