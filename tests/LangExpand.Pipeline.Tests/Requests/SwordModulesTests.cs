using LangExpand.Parallel.Verses;
using LangExpand.Pipeline.Requests;
using LangExpand.TestKit;

namespace LangExpand.Pipeline.Tests.Requests;

public sealed class SwordModulesTests
{
    [InstalledFact("diatheke", "/usr/share/sword/mods.d/engKJV2006eb.conf")]
    public void The_whole_KJV_exports_and_reads_as_31102_verses_without_psalm_titles()
    {
        using var scratch = new ScratchDirectory();
        var text = scratch.Path("kjv.txt");
        SwordModules.Export("engKJV2006eb", text);
        var bible = DiathekePlainReader.Read(text);
        Assert.Equal(31102, bible.Verses.Count);
        Assert.Equal("b.PSA.3.1", bible.Verses.First(v => v.Id.StartsWith("b.PSA.3.", StringComparison.Ordinal)).Id);
        Assert.StartsWith("LORD, how are they increased", bible.Verses.First(v => v.Id == "b.PSA.3.1").Text);
        Assert.Equal("b.REV.22.21", bible.Verses[^1].Id);
        Assert.Contains("King James Version, version 14.3", SwordModules.Describe("engKJV2006eb"));
    }
}
