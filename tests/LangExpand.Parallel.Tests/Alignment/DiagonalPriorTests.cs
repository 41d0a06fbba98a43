using LangExpand.Parallel.Alignment;

namespace LangExpand.Parallel.Tests.Alignment;

public class DiagonalPriorTests
{
    public static TheoryData<int, int, int, double> Shapes => new()
    {
        { 1, 1, 1, 4.0 }, { 1, 5, 3, 4.0 }, { 5, 5, 3, 4.0 }, { 3, 7, 7, 0.1 }, { 4, 9, 30, 14.0 }, { 30, 30, 9, 7.5 }, { 17, 40, 55, 2.3 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_geometric_weights_equal_the_exponentials_they_replace(int j, int m, int n, double tension)
    {
        var weights = new double[n];

        var sum = DiagonalPrior.Fill(weights, j, m, n, tension);

        for (var i = 1; i <= n; i++)
        {
            Assert.Equal(Math.Exp(tension * DiagonalPrior.Feature(i, j, m, n)), weights[i - 1], 1e-12);
        }
        Assert.Equal(weights.Sum(), sum, 1e-12);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_closed_form_expected_feature_equals_the_direct_sum(int j, int m, int n, double tension)
    {
        var weights = Enumerable.Range(1, n).Select(i => Math.Exp(tension * DiagonalPrior.Feature(i, j, m, n))).ToArray();
        var direct = Enumerable.Range(1, n).Sum(i => weights[i - 1] * DiagonalPrior.Feature(i, j, m, n)) / weights.Sum();

        Assert.Equal(direct, DiagonalPrior.ExpectedFeature(j, m, n, tension), 1e-9);
    }

    [Fact]
    public void A_higher_tension_pulls_the_expected_position_towards_the_diagonal() =>
        Assert.True(DiagonalPrior.ExpectedFeature(5, 10, 10, 12) > DiagonalPrior.ExpectedFeature(5, 10, 10, 2));
}
