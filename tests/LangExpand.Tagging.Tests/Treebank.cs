using LangExpand.Core.Annotated;

namespace LangExpand.Tagging.Tests;

/// <summary>A tiny CoNLL-U treebank (with a multiword token and an empty node) and tagged sentences built in memory.</summary>
internal static class Treebank
{
    public const string Text = """
        # sent_id = 1
        # text = The dogs ran.
        1	The	the	DET	_	Definite=Def|PronType=Art	2	det	_	_
        2	dogs	dog	NOUN	_	Number=Plur	3	nsubj	_	_
        3	ran	run	VERB	_	Mood=Ind|Tense=Past	0	root	_	SpaceAfter=No
        4	.	.	PUNCT	_	_	3	punct	_	_

        # sent_id = 2
        1-2	dogsx	_	_	_	_	_	_	_	_
        1	The	the	DET	_	Definite=Def|PronType=Art	2	det	_	_
        2	dog	dog	NOUN	_	Number=Sing	3	nsubj	_	_
        2.1	ate	eat	VERB	_	_	_	_	0:root	_
        3	ran	run	VERB	_	Mood=Ind|Tense=Past	0	root	_	_


        """;

    /// <summary>Sentences of words with labels written <c>word/label</c>, separated by spaces.</summary>
    public static IReadOnlyList<TaggedSentence> Sentences(params string[] sentences) =>
        sentences.Select(sentence => new TaggedSentence(sentence.Split(' ').Select(pair => pair.Split('/')).Select(p => new TaggedToken(p[0], p[1])).ToList())).ToList();

    /// <summary>The words of <paramref name="sentences"/>, as <see cref="ITokenTagger.Predict"/> takes them.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Words(IReadOnlyList<TaggedSentence> sentences) =>
        sentences.Select(s => (IReadOnlyList<string>)s.Tokens.Select(t => t.Token).ToList()).ToList();

    /// <summary>A synthetic corpus where a word's label depends on the word before it, so context features matter.</summary>
    public static IReadOnlyList<TaggedSentence> Contextual(int count) => Enumerable.Range(0, count).Select(i =>
        new TaggedSentence(i % 2 == 0
            ? [new TaggedToken("the", "DET|_"), new TaggedToken($"walk{i % 7}", "NOUN|Number=Sing"), new TaggedToken(".", "PUNCT|_")]
            : [new TaggedToken("we", "PRON|Person=1"), new TaggedToken($"walk{i % 7}", "VERB|Mood=Ind"), new TaggedToken(".", "PUNCT|_")])).ToList();
}
