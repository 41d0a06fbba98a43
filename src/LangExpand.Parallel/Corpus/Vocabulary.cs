namespace LangExpand.Parallel.Corpus;

/// <summary>
/// Interns the word types of one language as dense integer ids, in order of first appearance (so the same text always gets
/// the same ids). Lookups take a span, so tokens are interned without allocating a string for every occurrence.
/// </summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spans;
    private readonly List<string> _words = [];

    /// <summary>Creates an empty vocabulary.</summary>
    public Vocabulary() => _spans = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The number of word types.</summary>
    public int Count => _words.Count;

    /// <summary>The word with id <paramref name="id"/>.</summary>
    public string this[int id] => _words[id];

    /// <summary>The words in id order.</summary>
    public IReadOnlyList<string> Words => _words;

    /// <summary>The id of <paramref name="word"/>, adding it when it is new.</summary>
    public int Intern(ReadOnlySpan<char> word)
    {
        if (_spans.TryGetValue(word, out var id))
        {
            return id;
        }
        var text = word.ToString();
        id = _words.Count;
        _ids.Add(text, id);
        _words.Add(text);
        return id;
    }

    /// <summary>The id of <paramref name="word"/>, or -1 when the vocabulary does not hold it.</summary>
    public int IdOf(ReadOnlySpan<char> word) => _spans.TryGetValue(word, out var id) ? id : -1;
}
