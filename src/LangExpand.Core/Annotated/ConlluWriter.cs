using LangExpand.Core.IO;

namespace LangExpand.Core.Annotated;

/// <summary>Writes CoNLL-U: each sentence's comments, its token lines as they are, and a blank line.</summary>
public static class ConlluWriter
{
    /// <summary>Writes <paramref name="sentences"/> to <paramref name="writer"/>, streaming.</summary>
    public static void Write(IEnumerable<ConlluSentence> sentences, TextWriter writer)
    {
        foreach (var sentence in sentences)
        {
            foreach (var comment in sentence.Comments)
            {
                writer.Write(comment);
                writer.Write('\n');
            }
            foreach (var line in sentence.Lines)
            {
                writer.Write(line.Text);
                writer.Write('\n');
            }
            writer.Write('\n');
        }
    }

    /// <summary>Writes <paramref name="sentences"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(IEnumerable<ConlluSentence> sentences, string path) => AtomicFile.WriteText(path, writer => Write(sentences, writer));
}
