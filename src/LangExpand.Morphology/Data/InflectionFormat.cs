using LangExpand.Core.Diagnostics;

namespace LangExpand.Morphology.Data;

/// <summary>
/// A dialect of inflection data: the column order and whether extra columns are allowed. SIGMORPHON changed its
/// column order between years, so each year is a named dialect; names are accepted with or without the
/// <c>sigmorphon</c> prefix (<c>2023</c>, <c>sigmorphon2023</c>).
/// </summary>
/// <param name="Name">The name used by <c>--format</c> and in reports.</param>
/// <param name="Order">Where the form sits in a three-column line.</param>
/// <param name="AllowsExtraColumns">True for UniMorph language files, whose later columns are kept as they are.</param>
public sealed record InflectionFormat(string Name, ColumnOrder Order, bool AllowsExtraColumns = false)
{
    /// <summary>UniMorph language files: <c>lemma form features</c>, extra columns kept.</summary>
    public static readonly InflectionFormat UniMorph = new("unimorph", ColumnOrder.LemmaFormFeatures, AllowsExtraColumns: true);

    /// <summary>SIGMORPHON 2016 task 1: <c>lemma features form</c>, features as <c>key=value</c>.</summary>
    public static readonly InflectionFormat Sigmorphon2016 = new("sigmorphon2016", ColumnOrder.LemmaFeaturesForm);

    /// <summary>CoNLL–SIGMORPHON 2017 task 1: <c>lemma form features</c>; covered test has an empty form column.</summary>
    public static readonly InflectionFormat Sigmorphon2017 = new("sigmorphon2017", ColumnOrder.LemmaFormFeatures);

    /// <summary>CoNLL–SIGMORPHON 2018 task 1: <c>lemma form features</c>; covered test has two columns.</summary>
    public static readonly InflectionFormat Sigmorphon2018 = new("sigmorphon2018", ColumnOrder.LemmaFormFeatures);

    /// <summary>SIGMORPHON 2019 task 1: <c>lemma form features</c>.</summary>
    public static readonly InflectionFormat Sigmorphon2019 = new("sigmorphon2019", ColumnOrder.LemmaFormFeatures);

    /// <summary>SIGMORPHON 2020 task 0: <c>.trn/.dev/.tst</c>, <c>lemma form features</c>, some files CRLF.</summary>
    public static readonly InflectionFormat Sigmorphon2020 = new("sigmorphon2020", ColumnOrder.LemmaFormFeatures);

    /// <summary>SIGMORPHON 2021 task 0: <c>.train/.dev/.test</c>, <c>lemma form features</c>.</summary>
    public static readonly InflectionFormat Sigmorphon2021 = new("sigmorphon2021", ColumnOrder.LemmaFormFeatures);

    /// <summary>SIGMORPHON 2022: <c>.train/.dev/.test/.gold</c>, <c>lemma form features</c>.</summary>
    public static readonly InflectionFormat Sigmorphon2022 = new("sigmorphon2022", ColumnOrder.LemmaFormFeatures);

    /// <summary>SIGMORPHON–UniMorph 2023: <c>lemma features form</c>, layered UniMorph 4 features.</summary>
    public static readonly InflectionFormat Sigmorphon2023 = new("sigmorphon2023", ColumnOrder.LemmaFeaturesForm);

    /// <summary>Every known dialect, oldest SIGMORPHON year first, UniMorph last.</summary>
    public static IReadOnlyList<InflectionFormat> All { get; } =
    [
        Sigmorphon2016, Sigmorphon2017, Sigmorphon2018, Sigmorphon2019, Sigmorphon2020, Sigmorphon2021, Sigmorphon2022,
        Sigmorphon2023, UniMorph,
    ];

    /// <summary>Finds a dialect by name (<c>unimorph</c>, <c>2017</c>, <c>sigmorphon2023</c>, …), case-insensitively.</summary>
    public static InflectionFormat Parse(string name)
    {
        var key = name.Trim().ToLowerInvariant();
        return All.FirstOrDefault(f => f.Name == key || f.Name == "sigmorphon" + key)
            ?? throw new LangExpandException(ErrorCode.UnknownFormat, $"unknown inflection data format '{name}'",
                expected: string.Join(", ", All.Select(f => f.Name)));
    }

    /// <summary>The column layout in words, for messages.</summary>
    public string Columns => Order == ColumnOrder.LemmaFormFeatures ? "lemma<TAB>form<TAB>features" : "lemma<TAB>features<TAB>form";

    /// <inheritdoc />
    public override string ToString() => Name;
}
