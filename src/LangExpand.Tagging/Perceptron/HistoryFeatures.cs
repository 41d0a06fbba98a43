namespace LangExpand.Tagging.Perceptron;

/// <summary>
/// The features of the labels predicted for the previous two words (<c>t1=</c>, <c>t2=</c> and the pair <c>t12=</c>);
/// before the sentence they are <c>-START-</c> and <c>-START2-</c>. Ids are cached, so tagging allocates no strings.
/// Not thread-safe: each <c>Predict</c> call makes its own.
/// </summary>
internal sealed class HistoryFeatures(FeatureTable table, IReadOnlyList<string> labels)
{
    /// <summary>The label index standing for "before the first word".</summary>
    public const int Start = -1;

    /// <summary>The label index standing for "two before the first word".</summary>
    public const int Start2 = -2;

    private readonly Dictionary<(string Template, int First, int Second), int> _ids = [];

    /// <summary>Writes the ids of the features of <paramref name="previous"/> and <paramref name="beforePrevious"/>, skipping unknown ones.</summary>
    public int Write(int previous, int beforePrevious, Span<int> into)
    {
        var count = 0;
        Span<int> ids = [Id("t1=", previous, 0), Id("t2=", beforePrevious, 0), Id("t12=", previous, beforePrevious)];
        foreach (var id in ids)
        {
            if (id >= 0)
            {
                into[count++] = id;
            }
        }
        return count;
    }

    private int Id(string template, int first, int second)
    {
        if (!_ids.TryGetValue((template, first, second), out var id))
        {
            var name = template == "t12=" ? $"{template}{Name(first)} {Name(second)}" : template + Name(first);
            _ids[(template, first, second)] = id = table.Id(name);
        }
        return id;
    }

    private string Name(int label) => label switch { Start => "-START-", Start2 => "-START2-", _ => labels[label] };
}
