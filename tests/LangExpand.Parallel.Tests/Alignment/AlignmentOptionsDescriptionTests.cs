using LangExpand.Parallel.Alignment;

namespace LangExpand.Parallel.Tests.Alignment;

public sealed class AlignmentOptionsDescriptionTests
{
    [Fact]
    public void The_description_names_every_setting_so_that_any_change_changes_it()
    {
        var defaults = new AlignmentOptions();
        var changed = new[]
        {
            defaults with { Iterations = 5 }, defaults with { Model1Iterations = 1 }, defaults with { FavorDiagonal = false },
            defaults with { InitialTension = 5 }, defaults with { OptimizeTension = false }, defaults with { NullProbability = 0.1 },
            defaults with { VariationalBayes = false }, defaults with { Alpha = 0.1 }, defaults with { Agreement = false },
            defaults with { LinkThreshold = 0.5 }, defaults with { StemLength = 0 },
        };

        Assert.All(changed, options => Assert.NotEqual(defaults.Describe(), options.Describe()));
        Assert.Equal(changed.Length, changed.Select(o => o.Describe()).Distinct().Count());
    }
}
