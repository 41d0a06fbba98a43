using LangExpand.Core.Inflection;

namespace LangExpand.Morphology.Data;

/// <summary>One data line of an inflection file.</summary>
/// <param name="Triple">Lemma, features and form. <see cref="InflectionTriple.Form"/> is null when the line has no form
/// column (covered two-column lines) and empty when the column is present but empty (CoNLL 2017 covered test).</param>
/// <param name="Line">1-based line number in the source.</param>
/// <param name="ExtraColumns">Columns after the third (UniMorph only), kept verbatim.</param>
/// <param name="BlankLinesBefore">Blank lines between the previous record and this one, kept so files round-trip.</param>
public sealed record InflectionRecord(InflectionTriple Triple, int Line, IReadOnlyList<string> ExtraColumns, int BlankLinesBefore = 0)
{
    /// <summary>Returns this record with <paramref name="form"/> in place of the form, keeping everything else.</summary>
    public InflectionRecord WithForm(string form) => this with { Triple = Triple with { Form = form } };
}
