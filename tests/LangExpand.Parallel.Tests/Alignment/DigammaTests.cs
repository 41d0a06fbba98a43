using LangExpand.Parallel.Alignment;

namespace LangExpand.Parallel.Tests.Alignment;

public class DigammaTests
{
    [Theory]
    [InlineData(1.0, -0.5772156649015329)]
    [InlineData(0.5, -1.9635100260214235)]
    [InlineData(2.0, 0.42278433509846713)]
    [InlineData(10.0, 2.251752589066721)]
    [InlineData(0.01, -100.56088545786867)]
    [InlineData(1000.0, 6.907255195648812)]
    public void Digamma_matches_reference_values(double x, double expected) => Assert.Equal(expected, Digamma.Of(x), 1e-10);
}
