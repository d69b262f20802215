using EcoAnalytics.Catalog;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Catalog;

public class IndicatorCatalogTests
{
    private const string Header = "code,name_zh,name_en,unit,kind,direction,min,max,domain,aliases_zh";

    private static LoadResult<IndicatorCatalog> Load(params string[] rows)
    {
        using var folder = new Some.TempFolder();
        var path = folder.Write("indicators.csv", string.Join('\n', [Header, .. rows]) + "\n");
        return IndicatorCatalog.Load(path);
    }

    [Fact]
    public void Load_ValidRows_TypedIndicators()
    {
        var result = Load(
            "forest_coverage,森林覆盖率,Forest coverage,%,numeric,higher_better,0,100,生态空间,森林覆盖率|林木覆盖率",
            "pm25,PM2.5年均浓度,PM2.5,μg/m³,numeric,lower_better,0,,生态安全,",
            "eco_plan,生态文明建设规划,Plan,-,status,higher_better,,,生态制度,规划");

        Assert.Empty(result.Diagnostics);
        var catalog = result.Value;
        Assert.Equal(3, catalog.Count);
        var pm25 = catalog["pm25"];
        Assert.Equal((IndicatorKind.Numeric, Direction.LowerIsBetter, (double?)0, (double?)null, -1), (pm25.Kind, pm25.Direction, pm25.Min, pm25.Max, pm25.Sign));
        Assert.Equal(IndicatorKind.Status, catalog["eco_plan"].Kind);
        Assert.True(catalog["forest_coverage"].IsPercentage);
        Assert.Equal(["PM2.5年均浓度"], pm25.AliasesZh);
        Assert.Equal(2, catalog.IndexOf("eco_plan"));
    }

    [Theory]
    [InlineData("Forest-Coverage,森林,F,%,numeric,higher_better,0,100,x,", 1, "indicator code 'Forest-Coverage' is not snake_case")]
    [InlineData("x,森林,F,%,rate,higher_better,0,100,x,", 5, "kind 'rate' is not numeric, status or count")]
    [InlineData("x,森林,F,%,numeric,up,0,100,x,", 6, "direction 'up' is not higher_better or lower_better")]
    [InlineData("x,森林,F,%,numeric,higher_better,zero,100,x,", 7, "bounds 'zero'..'100' are not numbers")]
    public void Load_InvalidRow_Eco130AtColumnAndRowSkipped(string row, int column, string message)
    {
        var result = Load("pm25,PM2.5,PM2.5,μg/m³,numeric,lower_better,0,,生态安全,", row);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.InvalidCatalogRow, 3, column, message), (d.Code, d.Line, d.Column, d.Message));
        Assert.Single(result.Value);
    }

    [Fact]
    public void Load_DuplicateCode_Eco130NamesFirstLine()
    {
        var d = Assert.Single(Load("pm25,a,A,%,numeric,lower_better,0,,x,", "pm25,b,B,%,numeric,lower_better,0,,x,").Diagnostics);
        Assert.Equal((3, "indicator code 'pm25' is already defined on line 2"), (d.Line, d.Message));
    }

    [Fact]
    public void Load_AliasNamingTwoIndicators_Eco130()
    {
        var d = Assert.Single(Load("a,甲,A,%,numeric,lower_better,0,,x,共同", "b,乙,B,%,numeric,lower_better,0,,x,共同").Diagnostics);
        Assert.Equal("alias '共同' of 'b' already names 'a' (line 2)", d.Message);
    }

    [Fact]
    public void Load_MissingColumn_Eco010()
    {
        using var folder = new Some.TempFolder();
        var path = folder.Write("indicators.csv", "code,name_zh\npm25,PM2.5\n");
        var result = IndicatorCatalog.Load(path);
        Assert.Equal(8, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.MissingColumn));
        Assert.Empty(result.Value);
    }

    [Fact]
    public void ResolveAlias_FullWidthAndSpaces_Normalised()
    {
        var catalog = Some.Catalog();
        Assert.Equal("pm25", catalog.ResolveAlias("ＰＭ２．５ 年均浓度")?.Code);
        Assert.Equal("forest_coverage", catalog.ResolveAlias("林木覆盖率")?.Code);
        Assert.Null(catalog.ResolveAlias("不存在"));
    }

    [Fact]
    public void Indexer_UnknownCode_ThrowsWithSuggestion()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Some.Catalog()["pm2_5"]);
        Assert.Equal("unknown indicator 'pm2_5' (did you mean 'pm25'?)", ex.Message);
        Assert.Null(Some.Catalog().Find("pm2_5"));
        Assert.Equal(-1, Some.Catalog().IndexOf("pm2_5"));
    }

    [Fact]
    public void Constructor_DuplicateCodes_Throws()
    {
        var pm25 = Some.Catalog()["pm25"];
        Assert.Throws<ArgumentException>(() => new IndicatorCatalog([pm25, pm25]));
    }

    [Fact]
    public void InBounds_InclusiveBounds()
    {
        var forest = Some.Catalog()["forest_coverage"];
        Assert.True(forest.InBounds(0) && forest.InBounds(100));
        Assert.False(forest.InBounds(-0.01) || forest.InBounds(100.01));
        Assert.True(Some.Catalog()["pm25"].InBounds(1e6));
    }
}
