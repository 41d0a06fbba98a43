using LangExpand.Pipeline.Requests;

namespace LangExpand.Pipeline.Tests.Requests;

public sealed class PackSettingsSchemaTests
{
    [Fact]
    public void Every_settings_field_is_described_once_with_a_unique_key()
    {
        var properties = typeof(PackSettings).GetProperties().Where(p => p.CanWrite).Select(p => p.Name).Order().ToList();
        Assert.Equal(properties, PackSettingsSchema.Fields.Select(f => f.Property.Name).Order().ToList());
        Assert.Equal(PackSettingsSchema.Fields.Count, PackSettingsSchema.Fields.Select(f => f.Key).Distinct().Count());
    }

    [Fact]
    public void Merging_replaces_only_the_fields_the_overrides_set()
    {
        var file = new PackSettings { Language = "spa", Seed = 3, Lexicons = ["a.tsv"], NoAdapt = true, MaxTrain = 50 };
        var merged = file.Merge(new PackSettings { Seed = 9, Parallel = ["x", "y"] });
        Assert.Equal(new PackSettings { Language = "spa", Seed = 9, Lexicons = ["a.tsv"], NoAdapt = true, MaxTrain = 50, Parallel = ["x", "y"] }.ToString(), merged.ToString());
        Assert.Equal(["x", "y"], merged.Parallel);
        Assert.Equal(["a.tsv"], merged.Lexicons);
    }

    [Fact]
    public void Planned_options_repeat_each_set_field_in_declaration_order()
    {
        var settings = new PackSettings { Language = "spa", From = "eng", TaskData = ["a.conllu", "b.conllu"], Seed = 2, NoAdapt = true, Force = ["evaluate"], MonoShards = 4 };
        Assert.Equal(["--task-data", "a.conllu", "--task-data", "b.conllu", "--seed", "2", "--no-adapt"], PackSettingsSchema.PlannedOptions(settings));
    }

    [Fact]
    public void The_settings_table_of_the_add_language_page_is_the_schema_table()
    {
        var page = Path.Combine(RepositoryRoot(), "docs", "cli", "add-language.md");
        Assert.True(File.ReadAllText(page).Contains(PackSettingsSchema.MarkdownTable(), StringComparison.Ordinal),
            $"{page} must hold the settings table; paste this:\n{PackSettingsSchema.MarkdownTable()}");
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LangExpand.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("no LangExpand.sln above the test binary");
    }
}
