namespace LangExpand.Tagging.Lookup;

/// <summary>
/// The lookup peer: a word gets the label it had most often in training (ties: the ordinally first label); a word not
/// seen as written gets its lower-case form's most frequent label; an unknown word gets the most frequent label of the
/// longest suffix (up to <see cref="MaxSuffix"/> characters of the lower-case word) seen in training, and, failing that,
/// the most frequent label overall.
/// </summary>
public sealed class LookupTagger : ITokenTagger
{
    /// <summary>The model type in <c>config.json</c>.</summary>
    public const string ModelType = "lookup-tagger";

    /// <summary>The longest suffix used to guess unknown words.</summary>
    public const int MaxSuffix = 3;

    internal LookupTagger(LookupTable table) => Table = table;

    internal LookupTable Table { get; }

    /// <inheritdoc />
    public string Type => ModelType;

    /// <inheritdoc />
    public IReadOnlyList<string[]> Predict(IReadOnlyList<IReadOnlyList<string>> sentences) =>
        sentences.Select(words => words.Select(Label).ToArray()).ToList();

    /// <inheritdoc />
    public void Save(string directory) => LookupSerialization.Save(this, directory);

    private string Label(string word)
    {
        if (Table.Forms.TryGetValue(word, out var label))
        {
            return label;
        }
        var lower = word.ToLowerInvariant();
        if (Table.Lowercase.TryGetValue(lower, out label))
        {
            return label;
        }
        for (var length = Math.Min(MaxSuffix, lower.Length); length > 0; length--)
        {
            if (Table.Suffixes.TryGetValue(Affixes.Suffix(lower, length), out label))
            {
                return label;
            }
        }
        return Table.Fallback;
    }
}

/// <summary>The lookup tagger's tables: label by form, by lower-case form, by lower-case suffix, and the overall fallback.</summary>
internal sealed record LookupTable(
    IReadOnlyDictionary<string, string> Forms,
    IReadOnlyDictionary<string, string> Lowercase,
    IReadOnlyDictionary<string, string> Suffixes,
    string Fallback);
