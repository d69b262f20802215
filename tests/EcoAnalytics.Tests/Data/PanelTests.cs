using EcoAnalytics.Data;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Data;

public class PanelTests
{
    private static Panel From(params string[] lines) => Panel.From(Some.Reader().ReadText(Some.Csv(lines)).Value);

    [Fact]
    public void From_SeveralSourcesForACell_MostAuthoritativeWins()
    {
        var panel = From(
            "lushi,pm25,2021,31,synthetic,synthetic: x",
            "lushi,pm25,2021,30.5,derived:seed:a#L1,",
            "lushi,pm25,2021,30,http://example.org,",
            "lushi,pm25,2021,29.67,seed:a#L1,",
            "lushi,pm25,2020,36,derived:seed:a#L2,",
            "lushi,pm25,2020,35,mysurvey,",
            "lushi,pm25,2019,40,synthetic,x");

        Assert.Equal(29.67, panel.Value("lushi", "pm25", 2021));
        Assert.Equal(35, panel.Value("lushi", "pm25", 2020));
        Assert.Equal("mysurvey", panel.Cell("lushi", "pm25", 2020)?.Source);
        Assert.True(panel.Cell("lushi", "pm25", 2019)?.IsSynthetic);
    }

    [Fact]
    public void From_SameKindTwice_FirstInFileWins()
    {
        Assert.Equal(30, From("lushi,pm25,2021,30,http://a,", "lushi,pm25,2021,31,http://b,").Value("lushi", "pm25", 2021));
    }

    [Fact]
    public void From_Rows_CountiesInRegistryOrderAndYearsFromData()
    {
        var panel = From("dengfeng,pm25,2018,40,seed:a#L1,", "lushi,pm25,2021,30,seed:a#L2,");
        Assert.Equal(["lushi", "dengfeng"], panel.Counties.Select(c => c.Id));
        Assert.Equal((2018, 2021, 4), (panel.FirstYear, panel.LastYear, panel.YearCount));
        Assert.Equal([2018, 2019, 2020, 2021], panel.Years);
    }

    [Fact]
    public void From_RestrictedCounties_OnlyThose()
    {
        var table = Some.Reader().ReadText(Some.Csv("dengfeng,pm25,2018,40,seed:a#L1,", "lushi,pm25,2021,30,seed:a#L2,")).Value;
        var panel = Panel.From(table, ["dengfeng"]);
        Assert.Equal(["dengfeng"], panel.Counties.Select(c => c.Id));
        Assert.False(panel.HasCounty("lushi"));
        Assert.Equal((2018, 2018), (panel.FirstYear, panel.LastYear));
    }

    [Fact]
    public void From_NoObservations_EmptyPanelWithNoYears()
    {
        var table = Some.Reader().ReadText(Some.Csv("lushi,pm25,2021,30,seed:a#L2,")).Value;
        foreach (var panel in new[] { From(), Panel.From(table, ["dengfeng"]) })
        {
            Assert.Empty(panel.Counties);
            Assert.Equal((0, -1, 0), (panel.FirstYear, panel.LastYear, panel.YearCount));
            Assert.Empty(panel.Years);
            Assert.True(double.IsNaN(panel.Value("lushi", "pm25", 2021)));
        }
    }

    [Fact]
    public void Accessors_MissingCellsCountiesAndYears_NaNOrNull()
    {
        var panel = From("lushi,pm25,2019,33,seed:a#L1,", "lushi,pm25,2021,30,seed:a#L2,");
        Assert.True(double.IsNaN(panel.Value("lushi", "pm25", 2020)));
        Assert.True(double.IsNaN(panel.Value("lushi", "pm25", 2030)));
        Assert.True(double.IsNaN(panel.Value("nowhere", "pm25", 2021)));
        Assert.True(double.IsNaN(panel.Value("lushi", "gdp", 2021)));
        Assert.Null(panel.Cell("lushi", "pm25", 2020));
        Assert.Null(panel.Source(0, 0, 2021));
        Assert.Equal(-1, panel.CountyIndex("dengfeng"));
    }

    [Fact]
    public void Series_OneSlotPerYearNaNForGaps()
    {
        var panel = From("lushi,pm25,2019,33,seed:a#L1,", "lushi,pm25,2021,30,seed:a#L2,");
        var pm25 = panel.Catalog.IndexOf("pm25");
        var series = panel.Series(0, pm25).ToArray();
        Assert.Equal(33, series[0]);
        Assert.True(double.IsNaN(series[1]));
        Assert.Equal(30, series[2]);
        Assert.All(panel.Series(0, panel.Catalog.IndexOf("gdp")).ToArray(), v => Assert.True(double.IsNaN(v)));
        Assert.Equal(2021, panel.LatestYear(0, pm25));
        Assert.Equal(2019, panel.LatestYear(0, pm25, atOrBefore: 2020));
        Assert.Null(panel.LatestYear(0, pm25, atOrBefore: 2018));
    }

    [Fact]
    public void Cell_StatusIndicator_LevelAndLabel()
    {
        var panel = From("dengfeng,eco_compensation_mechanism,2021,全面实施,seed:b#L9,");
        var cell = panel.Cell("dengfeng", "eco_compensation_mechanism", 2021);
        Assert.Equal(new PanelCell("dengfeng", "eco_compensation_mechanism", 2021, 3, "全面实施", "seed:b#L9"), cell);
        Assert.Equal("全面实施", panel.Label(0, panel.Catalog.IndexOf("eco_compensation_mechanism"), 2021));
    }

    [Fact]
    public void Indicators_OnlyThoseWithData_InCatalogOrder()
    {
        var panel = From("lushi,gdp,2021,80,seed:a#L1,", "lushi,forest_coverage,2021,70,seed:a#L2,");
        Assert.Equal(["forest_coverage", "gdp"], panel.Indicators.Select(i => i.Code));
    }

    [Fact]
    public void From_EmptyTable_EmptyPanel()
    {
        var panel = Panel.From(Some.Reader().ReadText(Some.Csv()).Value);
        Assert.Empty(panel.Counties);
        Assert.Empty(panel.Indicators);
    }
}
