using System.Text;
using LangExpand.Core.Diagnostics;
using LangExpand.Pipeline.Requests;
using LangExpand.Pipeline.Running;
using LangExpand.Pipeline.Steps;
using LangExpand.TestKit;

namespace LangExpand.Pipeline.Tests.Steps;

/// <summary>The optional step interfaces through which steps from other projects (the encoder's) check inputs and write the report.</summary>
public sealed class StepSeamsTests
{
    [Fact]
    public void A_validating_step_stops_the_run_before_any_step_runs()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.Write(scratch);
        var progress = new RecordingProgress();

        var error = Assert.Throws<LangExpandException>(() => LanguagePacks.Add(settings, progress, [.. LanguagePacks.DefaultSteps, new ExtraStep(refuse: true)]));

        Assert.Contains("extra step: refused", error.Message, StringComparison.Ordinal);
        Assert.Empty(progress.Status);
        Assert.False(Directory.Exists(settings.Out));
    }

    [Fact]
    public void A_reporting_step_adds_its_section_after_the_built_in_ones_and_before_the_step_table()
    {
        using var scratch = new ScratchDirectory();
        var settings = TinyLanguage.Write(scratch);

        LanguagePacks.Add(settings, new RecordingProgress(), [.. LanguagePacks.DefaultSteps, new ExtraStep(refuse: false)]);

        var report = File.ReadAllText(Path.Combine(settings.Out!, PackLayout.Report));
        var section = report.IndexOf("\n## Extra\n\nextra/note.txt has 1 line.\n", StringComparison.Ordinal);
        Assert.InRange(section, report.IndexOf("\n## Synthetic data\n", StringComparison.Ordinal) + 1, report.IndexOf("\n## Steps\n", StringComparison.Ordinal) - 1);
    }

    [Fact]
    public void The_steps_before_a_step_are_taken_from_the_given_list()
    {
        IReadOnlyList<IPipelineStep> steps = [.. LanguagePacks.DefaultSteps, new ExtraStep(refuse: false)];

        Assert.Equal(LanguagePacks.DefaultSteps, LanguagePacks.StepsBefore("extra", steps));
        Assert.Throws<LangExpandException>(() => LanguagePacks.StepsBefore("extra"));
    }

    /// <summary>Writes one file; refuses every request when <c>refuse</c>; reports the file's line count.</summary>
    private sealed class ExtraStep(bool refuse) : IValidatingStep, IReportingStep
    {
        private const string Output = "extra/note.txt";

        public string Name => "extra";

        public void Validate(PackRequest request)
        {
            if (refuse)
            {
                throw new LangExpandException(ErrorCode.InvalidOption, "extra step: refused");
            }
        }

        public StepPlan? Plan(PackContext context) => new([], new Dictionary<string, string>(), [Output]);

        public StepOutcome Run(StepRun run)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(run.Output(Output))!);
            File.WriteAllText(run.Output(Output), "note\n");
            return StepOutcome.Of(new Dictionary<string, long> { ["lines"] = 1 });
        }

        public void AppendReport(StringBuilder text, string packDirectory, IReadOnlyList<StepResult> results) =>
            text.Append($"\n## Extra\n\n{Output} has {results.Single(r => r.Step == this).Record.Counts["lines"]} line.\n");
    }
}
