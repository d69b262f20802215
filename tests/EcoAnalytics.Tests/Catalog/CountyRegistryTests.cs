using EcoAnalytics.Catalog;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Catalog;

public class CountyRegistryTests
{
    private const string Header = "id,name_zh,name_en,level,province,prefecture,terrain,terrain_note,reference";

    private static LoadResult<CountyRegistry> Load(params string[] rows)
    {
        using var folder = new Some.TempFolder();
        return CountyRegistry.Load(folder.Write("counties.csv", string.Join('\n', [Header, .. rows]) + "\n"));
    }

    [Fact]
    public void Load_ValidRows_CountiesAndReferenceUnits()
    {
        var result = Load(
            "lushi,卢氏县,Lushi County,county,河南省,三门峡市,山区,\"南部伏牛山, 北部熊耳山\",false",
            "henan,河南省,Henan Province,province,河南省,,,,true");

        Assert.Empty(result.Diagnostics);
        var lushi = result.Value["lushi"];
        Assert.Equal(("卢氏县", Terrain.Mountain, "南部伏牛山, 北部熊耳山", false), (lushi.NameZh, lushi.Terrain, lushi.TerrainNote, lushi.IsReference));
        Assert.True(result.Value["henan"].IsReference);
        Assert.Equal(["lushi"], result.Value.Programme.Select(c => c.Id));
        Assert.Equal("卢氏县 (lushi)", lushi.Label);
    }

    [Theory]
    [InlineData(",无名,x,county,p,q,山区,,false", "the id is empty")]
    [InlineData("a,甲,A,county,p,q,高原,,false", "terrain '高原' is not one of 山区/丘陵区/平原区")]
    [InlineData("a,甲,A,county,p,q,,,false", "county 'a' needs a terrain class (山区/丘陵区/平原区)")]
    [InlineData("lushi,卢氏县,Lushi,county,p,q,山区,,false", "county id 'lushi' is already defined on line 2")]
    public void Load_InvalidRow_Eco130AndSkipped(string row, string message)
    {
        var result = Load("lushi,卢氏县,Lushi County,county,河南省,三门峡市,山区,,false", row);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.InvalidCatalogRow, 3, message), (d.Code, d.Line, d.Message));
        Assert.Single(result.Value);
    }

    [Fact]
    public void Load_ShortRow_Eco011()
    {
        var d = Assert.Single(Load("lushi,卢氏县").Diagnostics);
        Assert.Equal((DiagnosticCodes.MalformedRow, 2), (d.Code, d.Line));
    }

    [Fact]
    public void Find_ByIdChineseOrEnglishName()
    {
        var counties = Some.Counties();
        Assert.Equal("lushi", counties.Find("卢氏县")?.Id);
        Assert.Equal("dengfeng", counties.Find("dengfeng city")?.Id);
        Assert.Null(counties.Find("nowhere"));
        Assert.Equal(1, counties.IndexOf("dengfeng"));
    }

    [Fact]
    public void Indexer_UnknownId_ThrowsWithSuggestion()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Some.Counties()["dengfen"]);
        Assert.Equal("unknown county 'dengfen' (did you mean 'dengfeng'?)", ex.Message);
        Assert.Equal("unknown county 'xyzzyplugh' (not in counties.csv)", Some.Counties().UnknownMessage("xyzzyplugh"));
    }

    [Fact]
    public void Constructor_DuplicateIds_Throws()
    {
        var lushi = Some.Counties()["lushi"];
        Assert.Throws<ArgumentException>(() => new CountyRegistry([lushi, lushi]));
    }
}
