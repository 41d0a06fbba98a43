namespace LangExpand.Lexicons;

/// <summary>Which way a translation may be used.</summary>
public enum LexiconDirection
{
    /// <summary>Source to target and target to source.</summary>
    Both,

    /// <summary>Only from source to target (Apertium <c>r="LR"</c>).</summary>
    SourceToTarget,

    /// <summary>Only from target to source (Apertium <c>r="RL"</c>).</summary>
    TargetToSource,
}

/// <summary>How an entry came about.</summary>
public enum LexiconOrigin
{
    /// <summary>Read from a resource (a dictionary, a word list).</summary>
    Imported,

    /// <summary>Induced from data, for example by word alignment of parallel text.</summary>
    Induced,
}

/// <summary>Where an entry comes from.</summary>
/// <param name="Resource">The resource: a file name (<c>apertium-eu-en.eu-en.dix</c>) or a name such as <c>apertium:eng-spa</c>.</param>
/// <param name="Line">The 1-based line of the entry in the resource, or 0 where the resource has no lines (a transducer).</param>
/// <param name="Origin">Imported or induced.</param>
public sealed record LexiconProvenance(string Resource, int Line = 0, LexiconOrigin Origin = LexiconOrigin.Imported)
{
    /// <summary>The resource name, which fits one TSV column: non-empty, no tab or line break.</summary>
    public string Resource { get; init => field = CheckResource(value); } = CheckResource(Resource);

    /// <summary>The 1-based line, or 0 when unknown; never negative.</summary>
    public int Line { get; init => field = CheckLine(value); } = CheckLine(Line);

    private static string CheckResource(string resource) => resource.Length > 0 && LexiconText.FitsColumn(resource)
        ? resource
        : throw new ArgumentException($"resource name '{resource}' is empty or holds a tab or line break", nameof(Resource));

    private static int CheckLine(int line) => line >= 0 ? line : throw new ArgumentOutOfRangeException(nameof(Line), line, "a line number is not negative");
}

/// <summary>One translation of a bilingual lexicon.</summary>
/// <param name="Source">The source-language side (for Apertium, the dictionary's left side).</param>
/// <param name="Target">The target-language side.</param>
/// <param name="Score">A finite confidence or weight; imported dictionary entries have 1, induced ones a probability or count.</param>
/// <param name="Direction">Which way the translation may be used.</param>
/// <param name="Provenance">Where the entry comes from.</param>
public sealed record LexiconEntry(LexiconSide Source, LexiconSide Target, double Score, LexiconDirection Direction, LexiconProvenance Provenance)
{
    /// <summary>The score, which must be finite.</summary>
    public double Score { get; init => field = CheckScore(value); } = CheckScore(Score);

    private static double CheckScore(double score) =>
        double.IsFinite(score) ? score : throw new ArgumentOutOfRangeException(nameof(Score), score, "a score is finite");

    /// <summary>An imported entry valid both ways with score 1.</summary>
    public static LexiconEntry Imported(LexiconSide source, LexiconSide target, LexiconProvenance provenance) =>
        new(source, target, 1, LexiconDirection.Both, provenance);
}
