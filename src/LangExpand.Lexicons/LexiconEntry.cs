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
    /// <summary>Checks the fields: a resource name that fits one TSV column, a line that is not negative.</summary>
    public string Resource { get; } = Resource.Length > 0 && LexiconText.FitsColumn(Resource)
        ? Resource
        : throw new ArgumentException($"resource name '{Resource}' is empty or holds a tab or line break", nameof(Resource));

    /// <summary>The 1-based line, or 0 when unknown.</summary>
    public int Line { get; } = Line >= 0 ? Line : throw new ArgumentOutOfRangeException(nameof(Line), Line, "a line number is not negative");
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
    public double Score { get; } = double.IsFinite(Score) ? Score : throw new ArgumentOutOfRangeException(nameof(Score), Score, "a score is finite");

    /// <summary>An imported entry valid both ways with score 1.</summary>
    public static LexiconEntry Imported(LexiconSide source, LexiconSide target, LexiconProvenance provenance) =>
        new(source, target, 1, LexiconDirection.Both, provenance);
}
