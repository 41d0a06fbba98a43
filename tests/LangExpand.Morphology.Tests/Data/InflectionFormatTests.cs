using LangExpand.Core.Diagnostics;
using LangExpand.Morphology.Data;

namespace LangExpand.Morphology.Tests.Data;

/// <summary>Dialects are found by year or full name, and each year has the column order it used.</summary>
public class InflectionFormatTests
{
    [Theory]
    [InlineData("2017", "sigmorphon2017")]
    [InlineData("sigmorphon2023", "sigmorphon2023")]
    [InlineData("SIGMORPHON2020", "sigmorphon2020")]
    [InlineData(" unimorph ", "unimorph")]
    [InlineData("2016", "sigmorphon2016")]
    public void Formats_are_found_by_year_or_name(string name, string expected)
    {
        Assert.Equal(expected, InflectionFormat.Parse(name).Name);
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("conll")]
    [InlineData("")]
    public void Unknown_format_names_are_rejected_with_the_known_names(string name)
    {
        var error = Assert.Throws<LangExpandException>(() => InflectionFormat.Parse(name));

        Assert.Equal(ErrorCode.UnknownFormat, error.Code);
        Assert.Contains("sigmorphon2016, sigmorphon2017", error.Message);
        Assert.Contains("unimorph", error.Message);
    }

    [Theory]
    [InlineData("2016", ColumnOrder.LemmaFeaturesForm)]
    [InlineData("2017", ColumnOrder.LemmaFormFeatures)]
    [InlineData("2018", ColumnOrder.LemmaFormFeatures)]
    [InlineData("2019", ColumnOrder.LemmaFormFeatures)]
    [InlineData("2020", ColumnOrder.LemmaFormFeatures)]
    [InlineData("2021", ColumnOrder.LemmaFormFeatures)]
    [InlineData("2022", ColumnOrder.LemmaFormFeatures)]
    [InlineData("2023", ColumnOrder.LemmaFeaturesForm)]
    [InlineData("unimorph", ColumnOrder.LemmaFormFeatures)]
    public void Each_year_has_its_column_order(string name, ColumnOrder order)
    {
        Assert.Equal(order, InflectionFormat.Parse(name).Order);
    }
}
